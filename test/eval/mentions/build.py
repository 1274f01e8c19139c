# Labelled mentions for measuring entity linking: every name, alias, surname and title that refers to
# an entity of the bundled list, with the entity meant ("?" where a careful reader could not tell).
# Names that are not in the list are not labelled. Run: python3 test/eval/mentions/build.py
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2025-07-24"

# A title written right before a name is part of that name's mention and is not labelled on its own.
FRAGMENTS = [
    ("Vladimir Medinsky and Rustem Umerov met before the plenary session in Istanbul. Medinsky then spoke to reporters.", [
        ("Vladimir Medinsky", "vladimir-medinsky"), ("Rustem Umerov", "rustem-umerov"), ("Istanbul", "istanbul"), ("Medinsky", "vladimir-medinsky"),
    ]),
    ("Turkish Foreign Minister Hakan Fidan opened the talks at the Chiragan Palace.", [
        ("Hakan Fidan", "hakan-fidan"), ("Chiragan Palace", "ciragan-palace"),
    ]),
    ("Deputy Defense Minister Alexander Fomin was in the Russian group. Andrei Fomin replaced Alexei Malovetsky. Fomin had served as his deputy.", [
        ("Alexander Fomin", "alexander-fomin"), ("Andrei Fomin", "andrei-fomin"), ("Alexei Malovetsky", "oleksii-malovatskyi"), ("Fomin", "andrei-fomin"),
    ]),
    ("Fomin did not comment.", [
        ("Fomin", "?"),
    ]),
    ("A meeting between Vladimir Putin and Vladimir Zelensky should be prepared, Moscow said. Kiev will consider the proposal.", [
        ("Vladimir Putin", "vladimir-putin"), ("Vladimir Zelensky", "volodymyr-zelenskyy"), ("Moscow", "moscow"), ("Kiev", "kyiv"),
    ]),
    ("As Kremlin spokesman Dmitry Peskov explained, the positions are opposed. The Kremlin spokesman later added that no date was set.", [
        ("Dmitry Peskov", "dmitry-peskov"), ("Kremlin spokesman", "dmitry-peskov"),
    ]),
    ("Zelenskyy's office confirmed the call. Zelensky later spoke to Erdogan, and Umerov's team flew to Ankara.", [
        ("Zelenskyy", "volodymyr-zelenskyy"), ("Zelensky", "volodymyr-zelenskyy"), ("Erdogan", "recep-tayyip-erdogan"), ("Umerov", "rustem-umerov"), ("Ankara", "ankara"),
    ]),
    ("Residents of the Kursk region were taken to the Sumy region in 2024.", [
        ("Kursk region", "kursk-oblast"), ("Sumy region", "sumy-oblast"),
    ]),
    ("Grigory Karasin told Izvestia that Moscow would proceed from national interests. TASS and RIA Novosti carried the remarks.", [
        ("Grigory Karasin", "grigory-karasin"), ("Izvestia", "izvestia"), ("Moscow", "moscow"), ("TASS", "tass"), ("RIA Novosti", "ria-novosti"),
    ]),
    ("US President Donald Trump threatened tariffs. Secretary of State Marco Rubio and Steve Witkoff discussed the deadline.", [
        ("Donald Trump", "donald-trump"), ("Marco Rubio", "marco-rubio"), ("Steve Witkoff", "steve-witkoff"),
    ]),
    ("The NSDC met in Kyiv. Its secretary, Rustem Umerov, reported to the Verkhovna Rada.", [
        ("NSDC", "ua-nsdc"), ("Kyiv", "kyiv"), ("Rustem Umerov", "rustem-umerov"), ("Verkhovna Rada", "ua-verkhovna-rada"),
    ]),
    ("Sergey Lavrov met Wang Yi in Beijing. The Russian Foreign Minister praised China.", [
        ("Sergey Lavrov", "sergey-lavrov"), ("Wang Yi", "wang-yi"), ("Beijing", "beijing"), ("Russian Foreign Minister", "sergey-lavrov"), ("China", "country-cn"),
    ]),
    ("Mark Rutte said NATO would keep supporting Ukraine. Ursula von der Leyen and Kaja Kallas visited Odessa.", [
        ("Mark Rutte", "mark-rutte"), ("NATO", "nato"), ("Ukraine", "country-ua"), ("Ursula von der Leyen", "ursula-von-der-leyen"), ("Kaja Kallas", "kaja-kallas"), ("Odessa", "odesa"),
    ]),
    ("Kharkov and Nikolaev were shelled overnight, the Ukrainian General Staff said.", [
        ("Kharkov", "kharkiv"), ("Nikolaev", "mykolaiv"), ("Ukrainian General Staff", "ua-general-staff"),
    ]),
    ("Владимир Зеленский и Рустем Умеров прибыли в Стамбул.", [
        ("Владимир Зеленский", "volodymyr-zelenskyy"), ("Рустем Умеров", "rustem-umerov"), ("Стамбул", "istanbul"),
    ]),
    ("The Russian Defence Minister, Andrey Belousov, met Valery Gerasimov. Shoigu, now at the Security Council, was absent.", [
        ("Russian Defence Minister", "andrey-belousov"), ("Andrey Belousov", "andrey-belousov"), ("Valery Gerasimov", "valery-gerasimov"), ("Shoigu", "sergei-shoigu")
    ]),
    ("Budanov, the head of HUR, said the GRU had planned the attack. The SBU opened a case.", [
        ("Budanov", "kyrylo-budanov"), ("HUR", "ua-hur"), ("GRU", "ru-gru"), ("SBU", "ua-sbu"),
    ]),
    ("Keir Starmer and Emmanuel Macron spoke with Friedrich Merz about the coalition of the willing. Italy's Giorgia Meloni joined by video.", [
        ("Keir Starmer", "keir-starmer"), ("Emmanuel Macron", "emmanuel-macron"), ("Friedrich Merz", "friedrich-merz"), ("Italy", "country-it"), ("Giorgia Meloni", "giorgia-meloni"),
    ]),
    ("Maria Lvova-Belova and Tatyana Moskalkova discussed the lists with Dmytro Lubinets.", [
        ("Maria Lvova-Belova", "maria-lvova-belova"), ("Tatyana Moskalkova", "tatyana-moskalkova"), ("Dmytro Lubinets", "dmytro-lubinets"),
    ]),
    ("In May the delegations met at Dolmabahçe Palace; in June, at Çırağan Palace. Turkey hosted both rounds.", [
        ("Dolmabahçe Palace", "dolmabahce-palace"), ("Çırağan Palace", "ciragan-palace"), ("Turkey", "country-tr"),
    ]),
    ("Reuters and AFP reported the exchange. The BBC quoted the Ukrainian ombudsman.", [
        ("Reuters", "reuters"), ("AFP", "afp"), ("BBC", "bbc"), ("Ukrainian ombudsman", "dmytro-lubinets"),
    ]),
    ("Svyrydenko became prime minister in July; Shmyhal moved to defence. The Ukrainian Defence Minister visited Lviv.", [
        ("Svyrydenko", "yulia-svyrydenko"), ("Shmyhal", "denys-shmyhal"), ("Ukrainian Defence Minister", "denys-shmyhal"), ("Lviv", "lviv"),
    ]),
    ("The talks may resume in August, and May 16 is remembered as the first round.", []),
    ("Peskov's deputy did not attend. Galuzin and Kostyukov were present, as was Ushakov.", [
        ("Peskov", "dmitry-peskov"), ("Galuzin", "mikhail-galuzin"), ("Kostyukov", "igor-kostyukov"), ("Ushakov", "yuri-ushakov"),
    ]),
]


def build():
    items = []
    for index, (text, mentions) in enumerate(FRAGMENTS, 1):
        at = 0
        labelled = []
        for surface, entity in mentions:
            found = text.find(surface, at)
            assert found != -1, f"mention-{index}: {surface} not found after {at}"
            labelled.append({"text": surface, "start": found, "entity": entity})
            at = found + len(surface)
        items.append({"id": f"mention-{index:03}", "date": DATE, "text": text, "mentions": labelled})
    return items


with open(os.path.join(HERE, "mentions.jsonl"), "w", encoding="utf-8") as out:
    for item in build():
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
