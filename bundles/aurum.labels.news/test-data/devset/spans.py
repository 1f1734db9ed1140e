"""Hand-made gold of the development set, in document order: (label, covered text, attributes).

offsets.py turns it into gold/*.jsonl: each span is looked up as a whole word at or after the end of
the span before it, so that the list reads like the document. The decisions follow the guidelines of
the news label set (news.json as committed with this set) and docs/LABELS.md, "Boundary decisions".
"""

def W(text, topic):
    return ("WEAPON." + topic, text, {})

def O(text, title=None):
    return ("OFFICIAL", text, {"title": title} if title else {})

def M(text, value, currency="USD"):
    return ("AMOUNT", text, {"value": value, "currency": currency})

def Q(text, value, unit):
    return ("AMOUNT", text, {"value": value, "unit": unit})

B, H, S, N, SP, ST, A, D = ("BALLISTIC_MISSILE", "HYPERSONIC", "SUBMARINE", "NUCLEAR", "SPACE", "STRIKE",
                            "AUTONOMOUS", "DIRECTED_ENERGY")

SPANS = {
    "t01_mda_gmd_test_2010": [
        W("Ground-based Midcourse Defense System", B), W("Ground-Based Interceptor", B),
        W("Ground-Based Interceptor", B)],
    "t02_dod_readout_pistorius": [
        O("Lloyd J. Austin III", "Secretary of Defense"), O("Boris Pistorius", "German Minister of Defense"),
        O("Pat Ryder", "Pentagon Press Secretary Air Force Maj. Gen."),
        O("Lloyd J. Austin III", "Secretary of Defense"), O("Boris Pistorius", "Minister of Defense")],
    "t03_state_725_million_ukraine": [M("$725 million", 725000000), M("$18.3 billion", 18300000000)],
    "t04_state_dprk_launch_price": [
        W("Ballistic Missile", B), W("Ballistic Missile", B), O("Ned Price", "Spokesperson"),
        W("ballistic missile", B), Q("two intercontinental ballistic missiles", 2, "missiles"),
        W("ballistic missile", B)],
    "t05_dod_readout_suh_wook": [
        O("Lloyd Austin", "Secretary of Defense"), O("Suh Wook", "Republic of Korea Minister of National Defense"),
        O("John Kirby", "Pentagon Press Secretary"), O("Lloyd J. Austin III", "Secretary of Defense"),
        O("Suh Wook", "Republic of Korea (ROK) Minister of National Defense"), O("Suh"), O("Austin"), O("Austin"),
        O("Austin"), O("Suh"),
        O("Lloyd Austin", "Secretary of Defense"), O("Ben Wallace", "U.K. Secretary of State for Defense"),
        O("John Kirby", "Pentagon Press Secretary"), O("Lloyd J. Austin III", "Secretary of Defense"),
        O("Ben Wallace", "U.K. Secretary of State for Defense"), O("Austin")],
    "t06_dod_news_450_million_drawdown": [
        M("$450 Million", 450000000), O("Joe Biden", "President"), M("$450 million", 450000000),
        Q("Two service members", 2, "service members"), Q("five transport helicopters", 5, "helicopters"), M("$6.8 billion", 6800000000), O("Biden"),
        M("$6.1 billion", 6100000000), O("Todd Breasseale", "Acting Pentagon Press Secretary")],
    "t07_state_readouts_shoukry_sisi": [
        O("Blinken", "Secretary"), O("Shoukry", "Egyptian Foreign Minister"), O("Matthew Miller", "Spokesperson"),
        O("Antony J. Blinken", "Secretary of State"), O("Sameh Shoukry", "Egyptian Foreign Minister"),
        O("Blinken"), O("Shoukry"), O("Blinken"), O("Blinken"), O("Shoukry"),
        O("Blinken", "Secretary"), O("El-Sisi", "Egyptian President"), O("Matthew Miller", "Spokesperson"),
        O("Antony J. Blinken", "Secretary of State"), O("Abdel Fattah El-Sisi", "President"),
        O("Blinken"), O("El-Sisi")],
    "t08_crs_r45811_hypersonic_intro": [
        W("Hypersonic Weapons", H), W("hypersonic weapons", H), W("hypersonic glide vehicles", H),
        W("hypersonic cruise missiles", H), W("hypersonic systems", H), W("hypersonic glide vehicles", H),
        W("hypersonic missile defense", H), W("hypersonic threats", H)],
    "t09_mda_aegis_ftx_2021": [
        W("ballistic missile defense", B), W("medium range ballistic missile", B),
        Q("two Standard Missile-6 Dual II (BMD-initialized) missiles", 2, "missiles"),
        O("Mark Wright", "MDA director of public affairs"), O("Deidre Forster", "public affairs officer")],
    "t10_dod_readout_wei_fenghe": [
        O("Lloyd Austin", "US Defense Secretary"),
        O("Wei Fenghe", "People's Republic of China Minister of National Defense General"),
        O("John F. Kirby", "Pentagon Press Secretary"), O("Lloyd J. Austin III", "Secretary of Defense"),
        O("Wei Fenghe", "Minister of National Defense General"), O("Biden", "President"), O("Austin"), O("Wei")],
    "t11_commerce_russian_asat": [
        W("direct-ascent anti-satellite (DA-ASAT) missile", SP), O("James Dickinson", "Gen."), W("DA-ASAT", SP),
        O("Antony Blinken", "Secretary of State"), O("Bill Nelson", "NASA Administrator")],

    "r01_mda_gmd_test_2005": [W("interceptor missile", B), W("ground-based interceptor", B)],
    "r02_dod_readout_wallace_oct": [
        O("Pat Ryder", "Pentagon Press Secretary Air Force Brig. Gen."), O("Lloyd J. Austin III", "Secretary of Defense"),
        O("Ben Wallace", "UK Secretary of State for Defence")],
    "r03_dod_820_million_ukraine": [
        O("Todd Breasseale", "Pentagon Press Secretary"), M("$820 million", 820000000), M("$50 million", 50000000),
        M("$770 million", 770000000), Q("150,000 rounds", 150000, "rounds"),
        Q("Four additional counter-artillery radars", 4, "radars"), M("$7.6 billion", 7600000000),
        M("$6.9 billion", 6900000000), M("$8.8 billion", 8800000000)],
    "r04_whitehouse_dprk_slv": [W("ballistic missile technology", B), W("intercontinental ballistic missile", B)],
    "r05_dod_news_dong_jun": [
        O("Austin"), O("Lloyd J. Austin III", "Secretary of Defense"), O("Lloyd J. Austin III", "Secretary of Defense"),
        O("Dong Jun", "Adm."), O("Austin"), O("Pat Ryder", "Pentagon Press Secretary Air Force Maj. Gen."),
        O("Austin"), O("Ryder"), O("Austin"),
        O("CQ Brown, Jr.", "Chairman of the Joint Chiefs of Staff Air Force Gen."),
        O("Liu Zhenli", "People’s Liberation Army Gen.")],
    "r06_dod_news_hypersonic_defense": [
        W("Hypersonic Missile Defense", H), W("Cruise missiles", ST), W("cruise missiles", ST), W("submarines", S),
        W("hypersonic missile capabilities", H), O("Jon A. Hill", "Navy Vice Adm.")],
    "r07_state_iran_attack_calls": [
        O("Antony J. Blinken", "Secretary of State"),
        O("Blinken", "Secretary"), O("Faisal bin Farhan Al Saud", "Saudi Foreign Minister Prince"),
        O("Blinken", "Secretary"), O("Faisal bin Farhan Al Saud", "Saudi Foreign Minister Prince"),
        O("Matthew Miller", "Spokesperson"), O("Antony J. Blinken", "Secretary of State"),
        O("Faisal bin Farhan Al Saud", "Saudi Foreign Minister Prince"), O("Blinken"),
        O("Blinken", "Secretary"), O("Fidan", "Turkish Foreign Minister"), O("Blinken", "Secretary"),
        O("Fidan", "Turkish Foreign Minister"), O("Matthew Miller", "Spokesperson"),
        O("Antony J. Blinken", "Secretary of State"), O("Hakan Fidan", "Turkish Foreign Minister"),
        O("Blinken"), O("Fidan")],
    "r08_crs_hypersonic_summary_2025": [
        W("hypersonic weapons", H), W("hypersonic glide vehicles", H), W("hypersonic cruise missiles", H),
        W("hypersonic systems", H), W("hypersonic glide vehicles", H), W("hypersonic weapons", H),
        O("Michael Griffin", "former Under Secretary of Defense for Research and Engineering"),
        W("hypersonic weapons", H), W("hypersonic weapons", H), W("nuclear warhead", N)],
    "r09_mda_aegis_sm3_2011": [
        W("ballistic missile", B), W("Ballistic Missile Defense System", B), W("short-range ballistic missile", B),
        W("Standard Missile 3 (SM-3) Block 1B interceptor missile", B), W("SM-3 Block 1B interceptor missile", B),
        W("Aegis Ballistic Missile Defense", B), W("SM-3 Block 1A missile", B)],
    "r10_state_tamlyn_statement": [
        O("Lucy Tamlyn", "Ambassador"), O("Antony J. Blinken", "Secretary of State"), O("Lucy Tamlyn", "Ambassador"),
        O("Brian Shukan", "U.S. Ambassador"), O("Tamlyn"), O("Tamlyn"), O("Tamlyn"), O("Shukan")],
    "r11_dod_readout_ministers_june2023": [
        O("Lloyd J. Austin III", "Secretary of Defense"), O("Pat Ryder", "Pentagon Press Secretary Brig. Gen."),
        O("Lloyd J. Austin III", "Secretary of Defense"), O("Austin")],
}
