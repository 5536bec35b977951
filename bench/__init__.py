"""The townwatch benchmark: the whole pipeline under load (throughput, end-to-end latency, CPU, RSS) against a raw aiokafka baseline."""
