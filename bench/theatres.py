"""The wars the generated corpus reports on: real towns (resolvable in the gazetteer) and the sides fighting for them."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AGENCIES", "OUTLETS", "THEATRES", "Outlet", "Theatre"]


@dataclass(frozen=True)
class Theatre:
    """One conflict: its country, towns that change hands, and the sides (the first two fight most)."""

    name: str
    country_code: str
    country: str
    towns: tuple[str, ...]
    sides: tuple[str, ...]
    capital: str


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    agency: bool = False


THEATRES: tuple[Theatre, ...] = (
    Theatre(
        "Iraq", "IQ", "Iraq",
        ("Hawija", "Baaj", "Hatra", "Tal Afar", "Qayyarah", "Sinjar", "Rutba", "Anah", "Rawa", "Al-Qaim",
         "Baiji", "Tikrit", "Ramadi", "Fallujah", "Haditha", "Hit", "Sharqat", "Makhmour", "Bartella", "Tuz Khurmatu"),
        ("Iraqi forces", "Islamic State", "Popular Mobilisation Forces", "Kurdish Peshmerga"),
        "BAGHDAD",
    ),
    Theatre(
        "Syria", "SY", "Syria",
        ("Raqqa", "Manbij", "Tabqa", "Palmyra", "Deir ez-Zor", "Al-Bab", "Kobani", "Mayadin", "Albu Kamal",
         "Saraqib", "Maarat al-Numan", "Khan Shaykhun", "Jarabulus", "Afrin", "Hajin", "Sukhnah"),
        ("Syrian Democratic Forces", "Islamic State", "Syrian government forces", "Turkish-backed rebels"),
        "DAMASCUS",
    ),
    Theatre(
        "Ukraine", "UA", "Ukraine",
        ("Bakhmut", "Avdiivka", "Soledar", "Kupiansk", "Lyman", "Izium", "Balakliia", "Vuhledar", "Marinka",
         "Chasiv Yar", "Toretsk", "Pokrovsk", "Siversk", "Lysychansk", "Sievierodonetsk", "Kherson", "Orikhiv",
         "Selydove", "Kurakhove", "Velyka Novosilka"),
        ("Ukrainian forces", "Russian forces"),
        "KYIV",
    ),
    Theatre(
        "Sudan", "SD", "Sudan",
        ("El Fasher", "Nyala", "Geneina", "Zalingei", "Wad Madani", "Sennar", "Singa", "El Obeid", "Babanusa",
         "Ed Daein", "Kosti", "Rabak"),
        ("Sudanese army", "Rapid Support Forces"),
        "KHARTOUM",
    ),
    Theatre(
        "Yemen", "YE", "Yemen",
        ("Marib", "Hodeidah", "Taiz", "Al Bayda", "Harib", "Mocha", "Saada", "Ataq", "Zinjibar", "Al Hazm"),
        ("Yemeni government forces", "Houthi fighters"),
        "SANAA",
    ),
    Theatre(
        "Mali", "ML", "Mali",
        ("Kidal", "Gao", "Timbuktu", "Menaka", "Tessalit", "Aguelhok", "Douentza", "Niono", "Bourem", "Ansongo"),
        ("Malian army", "Tuareg rebels"),
        "BAMAKO",
    ),
    Theatre(
        "Congo", "CD", "the Democratic Republic of Congo",
        ("Goma", "Bukavu", "Rutshuru", "Butembo", "Sake", "Beni", "Bunia", "Kalemie", "Uvira", "Kisangani"),
        ("Congolese army", "M23 rebels"),
        "KINSHASA",
    ),
    Theatre(
        "Myanmar", "MM", "Myanmar",
        ("Lashio", "Muse", "Hsenwi", "Kutkai", "Myawaddy", "Sittwe", "Kyauktaw", "Mrauk-U", "Buthidaung",
         "Kyaukme", "Falam", "Bhamo"),
        ("Myanmar military", "Arakan Army", "Three Brotherhood Alliance"),
        "YANGON",
    ),
    Theatre(
        "Libya", "LY", "Libya",
        ("Sirte", "Gharyan", "Tarhuna", "Derna", "Sabha", "Ubari", "Bani Walid", "Zawiya", "Misrata", "Ajdabiya"),
        ("forces loyal to the Tripoli government", "Libyan National Army"),
        "TRIPOLI",
    ),
    Theatre(
        "Somalia", "SO", "Somalia",
        ("Baidoa", "Kismayo", "Luuq", "Jowhar", "Buulobarde", "Beledweyne", "Afgooye", "Marka", "Dhusamareb",
         "Jilib"),
        ("Somali army", "al-Shabaab militants"),
        "MOGADISHU",
    ),
)

AGENCIES: tuple[Outlet, ...] = (
    Outlet("Reuters", "reuters.com", True),
    Outlet("AFP", "afp.com", True),
    Outlet("AP", "apnews.com", True),
    Outlet("Anadolu Agency", "aa.com.tr", True),
)

OUTLETS: tuple[Outlet, ...] = (
    Outlet("Al Jazeera", "aljazeera.com"),
    Outlet("TRT World", "trtworld.com"),
    Outlet("BBC", "bbc.co.uk"),
    Outlet("The Guardian", "theguardian.com"),
    Outlet("The Independent", "independent.co.uk"),
    Outlet("Al Arabiya", "alarabiya.net"),
    Outlet("Middle East Eye", "middleeasteye.net"),
    Outlet("France 24", "france24.com"),
    Outlet("Deutsche Welle", "dw.com"),
    Outlet("Euronews", "euronews.com"),
    Outlet("Sky News", "news.sky.com"),
    Outlet("Kyiv Independent", "kyivindependent.com"),
    Outlet("The National", "thenationalnews.com"),
    Outlet("Arab News", "arabnews.com"),
    Outlet("Rudaw", "rudaw.net"),
)
