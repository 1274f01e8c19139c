# Source of the labelled claim sets: fragments of briefing and news prose, every sentence labelled
# by hand against the definitions in README.md, before the detector was run on them.
# Writes dev.jsonl (may be tuned on) and test.jsonl (held out). Run: python3 test/eval/claims/build.py
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Labels: cited, attributed, inherited, vague, unsourced for claims; "-" for non-claims.
# A label ending in "+aside" marks a bracketed aside: the entry's text is the aside itself.

DEV = [
    ("desk briefing", """## Results of the third round

At a press conference after the talks, Medinsky stated the following:

- The second large prisoner exchange has been completed.
- Russia proposed creating three working groups.
- Kyiv will consider the proposal.

The meeting lasted about forty minutes.""", [
        ("Results of the third round", "-"),
        ("At a press conference after the talks, Medinsky stated the following:", "attributed"),
        ("The second large prisoner exchange has been completed.", "inherited"),
        ("Russia proposed creating three working groups.", "inherited"),
        ("Kyiv will consider the proposal.", "inherited"),
        ("The meeting lasted about forty minutes.", "unsourced"),
    ]),
    ("desk briefing", """In turn, the head of the Ukrainian delegation, Rustem Umerov, said that a ceasefire had been discussed. He added that Kyiv expects progress on exchanges. The talks took place in a palace on the Bosphorus.""", [
        ("In turn, the head of the Ukrainian delegation, Rustem Umerov, said that a ceasefire had been discussed.", "attributed"),
        ("He added that Kyiv expects progress on exchanges.", "inherited"),
        ("The talks took place in a palace on the Bosphorus.", "unsourced"),
    ]),
    ("desk briefing", """As Kremlin spokesman Dmitry Peskov explained on Wednesday, the conversation was expected to be difficult. At the same time, the presidential press secretary noted that dates for a summit were premature. No date has been set for a fourth round.""", [
        ("As Kremlin spokesman Dmitry Peskov explained on Wednesday, the conversation was expected to be difficult.", "attributed"),
        ("At the same time, the presidential press secretary noted that dates for a summit were premature.", "inherited"),
        ("No date has been set for a fourth round.", "unsourced"),
    ]),
    ("desk briefing", """According to the Izvestia source, the delegation was again headed by Vladimir Medinsky. Sources say the Ukrainian team will be reshuffled before the next round. It is believed that Turkey will host again.""", [
        ("According to the Izvestia source, the delegation was again headed by Vladimir Medinsky.", "attributed"),
        ("Sources say the Ukrainian team will be reshuffled before the next round.", "vague"),
        ("It is believed that Turkey will host again.", "vague"),
    ]),
    ("desk briefing", """President Volodymyr Zelensky (whose term of office expired in May 2024) said the delegation would insist on a ceasefire [@izv-0723]. The statement came hours before the talks began.""", [
        ("President Volodymyr Zelensky (whose term of office expired in May 2024) said the delegation would insist on a ceasefire [@izv-0723].", "cited"),
        ("(whose term of office expired in May 2024)", "unsourced+aside"),
        ("The statement came hours before the talks began.", "unsourced"),
    ]),
    ("desk briefing", """## Background

What is known about the first two rounds is set out below. Russia and Ukraine met in Istanbul on May 16 and June 2 [@tass-0602]. At both meetings they agreed on the largest prisoner exchanges of the war.""", [
        ("Background", "-"),
        ("What is known about the first two rounds is set out below.", "-"),
        ("Russia and Ukraine met in Istanbul on May 16 and June 2 [@tass-0602].", "cited"),
        ("At both meetings they agreed on the largest prisoner exchanges of the war.", "unsourced"),
    ]),
    ("desk briefing", """In Russia, they replied that Moscow would take the ultimatum into account. This was stated to Izvestia by the head of the Federation Council Committee on International Affairs, Grigory Karasin.""", [
        ("In Russia, they replied that Moscow would take the ultimatum into account.", "attributed"),
        ("This was stated to Izvestia by the head of the Federation Council Committee on International Affairs, Grigory Karasin.", "attributed"),
    ]),
    ("wire", """KYIV, July 24 (Wire) - Ukraine's air force said it shot down 32 of 41 drones launched overnight. Two people were injured in the Kharkiv region, the regional governor wrote on Telegram. Russia's defence ministry did not comment.""", [
        ("KYIV, July 24 (Wire) - Ukraine's air force said it shot down 32 of 41 drones launched overnight.", "attributed"),
        ("Two people were injured in the Kharkiv region, the regional governor wrote on Telegram.", "attributed"),
        ("Russia's defence ministry did not comment.", "unsourced"),
    ]),
    ("wire", """The central bank raised its key rate to 21%, its highest level since 2003. Analysts had expected a smaller increase. Inflation reached 9.1% in June, according to the statistics service.""", [
        ("The central bank raised its key rate to 21%, its highest level since 2003.", "unsourced"),
        ("Analysts had expected a smaller increase.", "vague"),
        ("Inflation reached 9.1% in June, according to the statistics service.", "attributed"),
    ]),
    ("wire", """Officials familiar with the talks said a draft memorandum had been exchanged. The foreign ministry in Ankara confirmed that the venue was ready. Will the leaders meet before autumn?""", [
        ("Officials familiar with the talks said a draft memorandum had been exchanged.", "vague"),
        ("The foreign ministry in Ankara confirmed that the venue was ready.", "attributed"),
        ("Will the leaders meet before autumn?", "-"),
    ]),
    ("think-tank analysis", """**Assessment:** the memoranda remain far apart, and a summit before September is unlikely. The Russian draft demands the withdrawal of Ukrainian forces from four regions [@draft-ru]. Kyiv has rejected that demand publicly.""", [
        ("Assessment:** the memoranda remain far apart, and a summit before September is unlikely.", "-"),
        ("The Russian draft demands the withdrawal of Ukrainian forces from four regions [@draft-ru].", "cited"),
        ("Kyiv has rejected that demand publicly.", "-"),
    ]),
    ("think-tank analysis", """This note looks at the sanctions outlook. Oil export revenues fell by a fifth in the first half of the year (the lowest level since 2020). Experts believe the decline will continue.""", [
        ("This note looks at the sanctions outlook.", "-"),
        ("Oil export revenues fell by a fifth in the first half of the year (the lowest level since 2020).", "unsourced"),
        ("(the lowest level since 2020)", "unsourced+aside"),
        ("Experts believe the decline will continue.", "vague"),
    ]),
    ("government readout", """The Ministry of Foreign Affairs reported that the minister held talks with his Turkish counterpart. The parties discussed humanitarian issues. The minister stressed the importance of the exchanges.""", [
        ("The Ministry of Foreign Affairs reported that the minister held talks with his Turkish counterpart.", "attributed"),
        ("The parties discussed humanitarian issues.", "unsourced"),
        ("The minister stressed the importance of the exchanges.", "attributed"),
    ]),
    ("government readout", """Deputy Foreign Minister Mikhail Galuzin told reporters:

> We handed over a list of children. We expect an answer within a month.

The list contains 339 names.""", [
        ("Deputy Foreign Minister Mikhail Galuzin told reporters:", "attributed"),
        ("We handed over a list of children.", "inherited"),
        ("We expect an answer within a month.", "inherited"),
        ("The list contains 339 names.", "unsourced"),
    ]),
    ("economic note", """Wheat exports rose 12% year on year, citing customs data, Interfax reported. The harvest is expected to be the largest on record. Grain prices in Chicago fell for a third week.""", [
        ("Wheat exports rose 12% year on year, citing customs data, Interfax reported.", "attributed"),
        ("The harvest is expected to be the largest on record.", "unsourced"),
        ("Grain prices in Chicago fell for a third week.", "unsourced"),
    ]),
    ("economic note", """The budget deficit reached 3.7 trillion roubles in the first half, the finance ministry said. That is more than the target for the whole year. The ministry attributed the gap to lower oil prices.""", [
        ("The budget deficit reached 3.7 trillion roubles in the first half, the finance ministry said.", "attributed"),
        ("That is more than the target for the whole year.", "unsourced"),
        ("The ministry attributed the gap to lower oil prices.", "attributed"),
    ]),
    ("sport", """The club announced the signing of a new goalkeeper on Monday. He joins on a three-year contract. The fee was reportedly around 20 million euros.""", [
        ("The club announced the signing of a new goalkeeper on Monday.", "attributed"),
        ("He joins on a three-year contract.", "unsourced"),
        ("The fee was reportedly around 20 million euros.", "vague"),
    ]),
    ("local news", """Road works on the embankment will last until October, the city administration said. Residents have complained about noise. A petition has gathered 4,000 signatures [link](https://example.org/petition).""", [
        ("Road works on the embankment will last until October, the city administration said.", "attributed"),
        ("Residents have complained about noise.", "unsourced"),
        ("A petition has gathered 4,000 signatures [link](https://example.org/petition).", "cited"),
    ]),
    ("translated report", """Moscow has brought this position to Kiev. To organise a meeting of the two leaders, it is necessary to work out the terms of the agreement. The Ukrainian delegation was given a list of Russian children.""", [
        ("Moscow has brought this position to Kiev.", "unsourced"),
        ("To organise a meeting of the two leaders, it is necessary to work out the terms of the agreement.", "unsourced"),
        ("The Ukrainian delegation was given a list of Russian children.", "unsourced"),
    ]),
    ("translated report", """According to Zelensky's decree, Umerov remained at the head of the delegation. The intrigue was who would lead it, since Umerov had left the defence ministry. In the words of one participant, the atmosphere was "businesslike".""", [
        ("According to Zelensky's decree, Umerov remained at the head of the delegation.", "attributed"),
        ("The intrigue was who would lead it, since Umerov had left the defence ministry.", "unsourced"),
        ("In the words of one participant, the atmosphere was \"businesslike\".", "vague"),
    ]),
    ("desk briefing", """Umerov named three priorities: a ceasefire, prisoner exchanges and a leaders' meeting. Peskov, for his part, said Moscow was in no hurry [^1]. The Turkish side offered to host a fourth round.

[^1]: Remarks to reporters, 24 July.""", [
        ("Umerov named three priorities: a ceasefire, prisoner exchanges and a leaders' meeting.", "attributed"),
        ("Peskov, for his part, said Moscow was in no hurry [^1].", "cited"),
        ("The Turkish side offered to host a fourth round.", "unsourced"),
        ("Remarks to reporters, 24 July.", "-"),
    ]),
    ("desk briefing", """## Outlook

The next round is due in August. Below we summarise the open questions. It was reported that the venue may change.""", [
        ("Outlook", "-"),
        ("The next round is due in August.", "unsourced"),
        ("Below we summarise the open questions.", "-"),
        ("It was reported that the venue may change.", "vague"),
    ]),
    ("wire", """Zelensky's office confirmed the call lasted more than an hour. A senior European diplomat said the tone had changed. Markets barely moved.""", [
        ("Zelensky's office confirmed the call lasted more than an hour.", "attributed"),
        ("A senior European diplomat said the tone had changed.", "vague"),
        ("Markets barely moved.", "unsourced"),
    ]),
    ("parliamentary readout", """The committee chair, Grigory Karasin, warned that sanctions would not change Russia's course. The Duma passed the bill in its first reading on Tuesday. Deputies voted 398 to 0.""", [
        ("The committee chair, Grigory Karasin, warned that sanctions would not change Russia's course.", "attributed"),
        ("The Duma passed the bill in its first reading on Tuesday.", "unsourced"),
        ("Deputies voted 398 to 0.", "unsourced"),
    ]),
    ("think-tank analysis", """Assessment: Russia is likely to keep pressing in the east through the summer. Shelling of Sumy intensified in July, the regional military administration reported. Summary""", [
        ("Assessment: Russia is likely to keep pressing in the east through the summer.", "-"),
        ("Shelling of Sumy intensified in July, the regional military administration reported.", "attributed"),
        ("Summary", "-"),
    ]),
    ("desk briefing", """Trump threatened tariffs of about 100% on Russia's trading partners [@wh-0714]. The deadline was 50 days. Kremlin sources described the ultimatum as theatre.""", [
        ("Trump threatened tariffs of about 100% on Russia's trading partners [@wh-0714].", "cited"),
        ("The deadline was 50 days.", "unsourced"),
        ("Kremlin sources described the ultimatum as theatre.", "vague"),
    ]),
    ("desk briefing", """The Kremlin listed the results as follows.

All humanitarian agreements have been fulfilled. Exchanges of the wounded will continue.

## Ukraine's view

The exchanges were delayed by two days.""", [
        ("The Kremlin listed the results as follows.", "attributed"),
        ("All humanitarian agreements have been fulfilled.", "inherited"),
        ("Exchanges of the wounded will continue.", "inherited"),
        ("Ukraine's view", "-"),
        ("The exchanges were delayed by two days.", "unsourced"),
    ]),
    ("desk briefing", """Key figures from the talks:

- 1,200 prisoners of war proposed for exchange from each side.
- 3,000 bodies awaiting collection.

Umerov called the meeting "constructive". "We will keep working. The next step is a summit," he said.""", [
        ("Key figures from the talks:", "-"),
        ("1,200 prisoners of war proposed for exchange from each side.", "unsourced"),
        ("3,000 bodies awaiting collection.", "unsourced"),
        ("Umerov called the meeting \"constructive\".", "attributed"),
        ("\"We will keep working.", "inherited"),
        ("The next step is a summit,\" he said.", "inherited"),
    ]),
    ("wire", """The ruble weakened 2% against the dollar on Friday. "The market is nervous," a trader at a Moscow bank said. The central bank did not intervene, its press service said.""", [
        ("The ruble weakened 2% against the dollar on Friday.", "unsourced"),
        ("\"The market is nervous,\" a trader at a Moscow bank said.", "vague"),
        ("The central bank did not intervene, its press service said.", "attributed"),
    ]),
    ("government readout", """| Round | Date | Venue |
|---|---|---|
| First | 16 May 2025 | Istanbul, Dolmabahçe Palace |
| Second | 2 June 2025 | Istanbul, Çırağan Palace |

The table lists the rounds held so far.""", [
        ("Round", "-"),
        ("Date", "-"),
        ("Venue", "-"),
        ("First", "-"),
        ("16 May 2025", "-"),
        ("Istanbul, Dolmabahçe Palace", "-"),
        ("Second", "-"),
        ("2 June 2025", "-"),
        ("Istanbul, Çırağan Palace", "-"),
        ("The table lists the rounds held so far.", "-"),
    ]),
    ("think-tank analysis", """The EU agreed its 18th sanctions package on 18 July, lowering the oil price cap to $47.60 [@eu-council]. The cap will be reviewed every six months. Some diplomats argue it comes too late.""", [
        ("The EU agreed its 18th sanctions package on 18 July, lowering the oil price cap to $47.60 [@eu-council].", "cited"),
        ("The cap will be reviewed every six months.", "unsourced"),
        ("Some diplomats argue it comes too late.", "vague"),
    ]),
]

TEST = [
    ("desk briefing", """## What was said

At the briefing, Lavrov stated the following:

1. Russia is ready for a fourth round.
2. The memoranda will be discussed by working groups.

The Ukrainian side has not responded.""", [
        ("What was said", "-"),
        ("At the briefing, Lavrov stated the following:", "attributed"),
        ("Russia is ready for a fourth round.", "inherited"),
        ("The memoranda will be discussed by working groups.", "inherited"),
        ("The Ukrainian side has not responded.", "unsourced"),
    ]),
    ("desk briefing", """Sybiha told journalists that Kyiv had proposed a leaders' meeting by the end of August. In turn, he noted that the exchanges would continue. The proposal has not been published.""", [
        ("Sybiha told journalists that Kyiv had proposed a leaders' meeting by the end of August.", "attributed"),
        ("In turn, he noted that the exchanges would continue.", "inherited"),
        ("The proposal has not been published.", "unsourced"),
    ]),
    ("desk briefing", """According to a source in the delegation, the talks ended earlier than planned. According to TASS, the delegations left the palace at 20:00. The next contacts will take place online.""", [
        ("According to a source in the delegation, the talks ended earlier than planned.", "vague"),
        ("According to TASS, the delegations left the palace at 20:00.", "attributed"),
        ("The next contacts will take place online.", "unsourced"),
    ]),
    ("desk briefing", """Deputy Defence Minister Alexander Fomin (who also took part in the 2022 talks) joined the delegation [@izv-0723]. The group included four experts.""", [
        ("Deputy Defence Minister Alexander Fomin (who also took part in the 2022 talks) joined the delegation [@izv-0723].", "cited"),
        ("(who also took part in the 2022 talks)", "unsourced+aside"),
        ("The group included four experts.", "unsourced"),
    ]),
    ("desk briefing", """## The delegations

The composition of the Russian group has not changed. Zelensky expanded the Ukrainian delegation from 12 to 14 people, the presidential office said. What changed in the Ukrainian team?""", [
        ("The delegations", "-"),
        ("The composition of the Russian group has not changed.", "unsourced"),
        ("Zelensky expanded the Ukrainian delegation from 12 to 14 people, the presidential office said.", "attributed"),
        ("What changed in the Ukrainian team?", "-"),
    ]),
    ("wire", """MOSCOW, July 25 - Russia's defence ministry said its forces had taken a village in the Donetsk region. The claim could not be independently verified. Ukraine's general staff reported 160 clashes along the front.""", [
        ("MOSCOW, July 25 - Russia's defence ministry said its forces had taken a village in the Donetsk region.", "attributed"),
        ("The claim could not be independently verified.", "unsourced"),
        ("Ukraine's general staff reported 160 clashes along the front.", "attributed"),
    ]),
    ("wire", """Exports of liquefied gas to Europe hit a record in June, data from the tracking service showed. Observers note that prices remain volatile. The EU plans to phase out Russian gas by 2027 [@eu-roadmap].""", [
        ("Exports of liquefied gas to Europe hit a record in June, data from the tracking service showed.", "attributed"),
        ("Observers note that prices remain volatile.", "vague"),
        ("The EU plans to phase out Russian gas by 2027 [@eu-roadmap].", "cited"),
    ]),
    ("wire", """People close to the negotiations say a compromise on prisoner lists is near. The Red Cross confirmed it had received the lists. The exchange is expected next week.""", [
        ("People close to the negotiations say a compromise on prisoner lists is near.", "vague"),
        ("The Red Cross confirmed it had received the lists.", "attributed"),
        ("The exchange is expected next week.", "unsourced"),
    ]),
    ("think-tank analysis", """**Assessment:** a ceasefire this year remains unlikely. Russia's spending on defence rose to 6.3% of GDP in 2025 [@sipri]. Such spending is the highest since the Soviet era.""", [
        ("Assessment:** a ceasefire this year remains unlikely.", "-"),
        ("Russia's spending on defence rose to 6.3% of GDP in 2025 [@sipri].", "cited"),
        ("Such spending is the highest since the Soviet era.", "-"),
    ]),
    ("think-tank analysis", """In this section we consider three scenarios. The first assumes a freeze along the current line. Many believe a freeze would only pause the war.""", [
        ("In this section we consider three scenarios.", "-"),
        ("The first assumes a freeze along the current line.", "-"),
        ("Many believe a freeze would only pause the war.", "vague"),
    ]),
    ("government readout", """The Office of the President said Zelensky held a call with Erdogan. The leaders discussed the humanitarian track. Erdogan reiterated his readiness to host a summit.""", [
        ("The Office of the President said Zelensky held a call with Erdogan.", "attributed"),
        ("The leaders discussed the humanitarian track.", "unsourced"),
        ("Erdogan reiterated his readiness to host a summit.", "attributed"),
    ]),
    ("government readout", """Moskalkova said on Thursday:

> Fifteen civilians have returned to the Kursk region. Work on the lists continues.

The ombudsman's office published no names.""", [
        ("Moskalkova said on Thursday:", "attributed"),
        ("Fifteen civilians have returned to the Kursk region.", "inherited"),
        ("Work on the lists continues.", "inherited"),
        ("The ombudsman's office published no names.", "unsourced"),
    ]),
    ("economic note", """Industrial output grew 0.7% in June, Rosstat said. Manufacturing slowed for the second month. Economists say the economy is cooling.""", [
        ("Industrial output grew 0.7% in June, Rosstat said.", "attributed"),
        ("Manufacturing slowed for the second month.", "unsourced"),
        ("Economists say the economy is cooling.", "vague"),
    ]),
    ("sport", """The federation confirmed the final will be played in Istanbul. Tickets sold out within an hour. The stadium holds 52,000 spectators.""", [
        ("The federation confirmed the final will be played in Istanbul.", "attributed"),
        ("Tickets sold out within an hour.", "unsourced"),
        ("The stadium holds 52,000 spectators.", "unsourced"),
    ]),
    ("local news", """The mayor's office said the bridge would reopen in September. Some residents fear further delays. The repairs cost 1.2 billion hryvnias [@city-budget].""", [
        ("The mayor's office said the bridge would reopen in September.", "attributed"),
        ("Some residents fear further delays.", "vague"),
        ("The repairs cost 1.2 billion hryvnias [@city-budget].", "cited"),
    ]),
    ("translated report", """The Russian Federation returned to Ukraine more than 7 thousand bodies. At the same time, Kiev was asked to pick up another 3,000 bodies. There are about 30 of them.""", [
        ("The Russian Federation returned to Ukraine more than 7 thousand bodies.", "unsourced"),
        ("At the same time, Kiev was asked to pick up another 3,000 bodies.", "unsourced"),
        ("There are about 30 of them.", "unsourced"),
    ]),
    ("translated report", """Medinsky said the meeting of leaders should "put an end" to the conflict. Earlier, Peskov had said there was no point in counting on miracles. It is known that the parties exchanged drafts in June.""", [
        ("Medinsky said the meeting of leaders should \"put an end\" to the conflict.", "attributed"),
        ("Earlier, Peskov had said there was no point in counting on miracles.", "attributed"),
        ("It is known that the parties exchanged drafts in June.", "vague"),
    ]),
    ("desk briefing", """Galuzin, citing the Children's Rights Commissioner, said 339 children were on the list. The commissioner has not published the list. Diplomatic sources expect a response within weeks.""", [
        ("Galuzin, citing the Children's Rights Commissioner, said 339 children were on the list.", "attributed"),
        ("The commissioner has not published the list.", "unsourced"),
        ("Diplomatic sources expect a response within weeks.", "vague"),
    ]),
    ("desk briefing", """Peskov described the memoranda as follows.

The documents are diametrically opposed. Work on them will take time.

Meanwhile, the front line barely moved in July.""", [
        ("Peskov described the memoranda as follows.", "attributed"),
        ("The documents are diametrically opposed.", "inherited"),
        ("Work on them will take time.", "inherited"),
        ("Meanwhile, the front line barely moved in July.", "unsourced"),
    ]),
    ("wire", """Fidan said Turkey was ready to host a leaders' summit. "Istanbul is ready. We have shown that twice," he told reporters. The foreign ministry published photos of the talks [on its website](https://example.org/mfa).""", [
        ("Fidan said Turkey was ready to host a leaders' summit.", "attributed"),
        ("\"Istanbul is ready.", "inherited"),
        ("We have shown that twice,\" he told reporters.", "inherited"),
        ("The foreign ministry published photos of the talks [on its website](https://example.org/mfa).", "cited"),
    ]),
    ("think-tank analysis", """Three factors shape the outlook:

- The Russian economy is slowing.
- Western aid to Ukraine has fallen since January.

Assessment: neither side expects a breakthrough this year.""", [
        ("Three factors shape the outlook:", "-"),
        ("The Russian economy is slowing.", "unsourced"),
        ("Western aid to Ukraine has fallen since January.", "unsourced"),
        ("Assessment: neither side expects a breakthrough this year.", "-"),
    ]),
    ("local news", """Firefighters put out the blaze within two hours, the emergency service said. Nobody was hurt. The cause is being investigated (the warehouse had been inspected in May).""", [
        ("Firefighters put out the blaze within two hours, the emergency service said.", "attributed"),
        ("Nobody was hurt.", "unsourced"),
        ("The cause is being investigated (the warehouse had been inspected in May).", "unsourced"),
        ("(the warehouse had been inspected in May)", "unsourced+aside"),
    ]),
]

# The seed report itself, its list written as a Markdown list: the document the product was built from.
SEED = [
    ("translated report", """On Wednesday evening, July 23, the third round of negotiations between Russia and Ukraine on a peaceful settlement took place in Istanbul. The meeting of the delegations took place after the meeting of their leaders, Vladimir Medinsky and Rustem Umerov. What is known about the first results of the dialogue is in the Izvestia material.""", [
        ("On Wednesday evening, July 23, the third round of negotiations between Russia and Ukraine on a peaceful settlement took place in Istanbul.", "unsourced"),
        ("The meeting of the delegations took place after the meeting of their leaders, Vladimir Medinsky and Rustem Umerov.", "unsourced"),
        ("What is known about the first results of the dialogue is in the Izvestia material.", "-"),
    ]),
    ("translated report", """## What was said at the end of the negotiations

The talks between the Russian and Ukrainian delegations at the Chiragan Palace in Istanbul lasted just under an hour. They were preceded by a meeting of the heads of the negotiating groups Vladimir Medinsky and Rustem Umerov, which was held with the participation of Turkish Foreign Minister Hakan Fidan.

At a press conference following the meeting, Medinsky stated the following.

- All the humanitarian agreements reached following the results of the second round of negotiations have been fulfilled. The second, unprecedented large prisoner exchange has been completed.
- Russia has proposed to form three working groups: on political, humanitarian and military issues. They will work online. Kiev will consider this proposal.
- Russia has offered to exchange at least 1,200 more prisoners of war from each side.
- Indefinite sanitary exchanges for the seriously wounded and sick on the line of operations will continue.
- The Russian side again proposed to consider the possibility of declaring short truces on the line of contact, for 24-48 hours, in order to pick up the dead and wounded.
- The Russian Federation returned to Ukraine more than 7 thousand bodies of Ukrainian Armed Forces soldiers and received a small number of its own. At the same time, Kiev was also asked to pick up another 3,000 bodies of Ukrainian servicemen.
- Not all residents of the Kursk region, who were "evacuated" by the Ukrainian Armed Forces to the territory of Ukraine, were returned home. There are about 30 of them. The reason why civilians are being held in Ukraine is not clear.
- The delegations discussed the previously submitted versions of the memorandum for a long time, the positions of the parties are quite far from each other. At the same time, Moscow and Kiev will continue contacts on this issue.
- Russia has completed work on the list of Ukrainian children, which was handed over during the last round of negotiations. Ukrainian children in Russia are under state control, in prosperity and safety in appropriate children's institutions. The Commissioners for Human Rights and Children's Rights in Russia are working on a list of Ukrainian children allegedly staying on Russian territory. Deputy Foreign Minister Mikhail Galuzin also said that the Russian Federation had asked Ukraine to return Russian children who had been taken to Ukraine. The Ukrainian delegation was given a list of Russian children in Ukraine and in the EU countries.
- A possible meeting between Vladimir Putin and Vladimir Zelensky should be deeply prepared and should "put an end" — Moscow has brought this position to Kiev. To organize negotiations between the two leaders, it is necessary to work out the terms of the agreement and understand what to discuss at this meeting.

In turn, the head of the Ukrainian delegation, Rustem Umerov, said that during the talks, issues of a cease-fire, the release of prisoners and the organization of a meeting of leaders "to find a just peace" were discussed. Regarding the prisoner of war exchange process, Umerov said that Kiev expects further progress. In addition, he reiterated that the main priority is to organize a meeting at the leadership level, adding that the participation of the presidents of the United States and Turkey, Donald Trump and Recep Erdogan, would be "extremely valuable." """, [
        ("What was said at the end of the negotiations", "-"),
        ("The talks between the Russian and Ukrainian delegations at the Chiragan Palace in Istanbul lasted just under an hour.", "unsourced"),
        ("They were preceded by a meeting of the heads of the negotiating groups Vladimir Medinsky and Rustem Umerov, which was held with the participation of Turkish Foreign Minister Hakan Fidan.", "unsourced"),
        ("At a press conference following the meeting, Medinsky stated the following.", "attributed"),
        ("All the humanitarian agreements reached following the results of the second round of negotiations have been fulfilled.", "inherited"),
        ("The second, unprecedented large prisoner exchange has been completed.", "inherited"),
        ("Russia has proposed to form three working groups: on political, humanitarian and military issues.", "inherited"),
        ("They will work online.", "inherited"),
        ("Kiev will consider this proposal.", "inherited"),
        ("Russia has offered to exchange at least 1,200 more prisoners of war from each side.", "inherited"),
        ("Indefinite sanitary exchanges for the seriously wounded and sick on the line of operations will continue.", "inherited"),
        ("The Russian side again proposed to consider the possibility of declaring short truces on the line of contact, for 24-48 hours, in order to pick up the dead and wounded.", "inherited"),
        ("The Russian Federation returned to Ukraine more than 7 thousand bodies of Ukrainian Armed Forces soldiers and received a small number of its own.", "inherited"),
        ("At the same time, Kiev was also asked to pick up another 3,000 bodies of Ukrainian servicemen.", "inherited"),
        ("Not all residents of the Kursk region, who were \"evacuated\" by the Ukrainian Armed Forces to the territory of Ukraine, were returned home.", "inherited"),
        ("There are about 30 of them.", "inherited"),
        ("The reason why civilians are being held in Ukraine is not clear.", "inherited"),
        ("The delegations discussed the previously submitted versions of the memorandum for a long time, the positions of the parties are quite far from each other.", "inherited"),
        ("At the same time, Moscow and Kiev will continue contacts on this issue.", "inherited"),
        ("Russia has completed work on the list of Ukrainian children, which was handed over during the last round of negotiations.", "inherited"),
        ("Ukrainian children in Russia are under state control, in prosperity and safety in appropriate children's institutions.", "inherited"),
        ("The Commissioners for Human Rights and Children's Rights in Russia are working on a list of Ukrainian children allegedly staying on Russian territory.", "inherited"),
        ("Deputy Foreign Minister Mikhail Galuzin also said that the Russian Federation had asked Ukraine to return Russian children who had been taken to Ukraine.", "attributed"),
        ("The Ukrainian delegation was given a list of Russian children in Ukraine and in the EU countries.", "inherited"),
        ("A possible meeting between Vladimir Putin and Vladimir Zelensky should be deeply prepared and should \"put an end\" — Moscow has brought this position to Kiev.", "inherited"),
        ("To organize negotiations between the two leaders, it is necessary to work out the terms of the agreement and understand what to discuss at this meeting.", "inherited"),
        ("In turn, the head of the Ukrainian delegation, Rustem Umerov, said that during the talks, issues of a cease-fire, the release of prisoners and the organization of a meeting of leaders \"to find a just peace\" were discussed.", "attributed"),
        ("Regarding the prisoner of war exchange process, Umerov said that Kiev expects further progress.", "attributed"),
        ("In addition, he reiterated that the main priority is to organize a meeting at the leadership level, adding that the participation of the presidents of the United States and Turkey, Donald Trump and Recep Erdogan, would be \"extremely valuable.\"", "inherited"),
    ]),
    ("translated report", """## What is known about the negotiations in Istanbul on July 23: the positions of the parties

During the negotiations, it was planned to discuss draft memoranda, which were exchanged following the results of the second round. As Kremlin spokesman Dmitry Peskov explained on Wednesday morning, the conversation was expected to be difficult, since the positions of the parties on the documents are diametrically opposed.

At the same time, the presidential press secretary noted, the discussion of the memorandum with Ukraine is part of the preparation for a possible meeting between Vladimir Putin and Vladimir Zelensky, but it is impractical to talk about specific dates without first working out the details.

Among other issues, it was planned to discuss mutual exchanges of prisoners of war.

In turn, President of Ukraine Volodymyr Zelensky (his term of office expired in May 2024) stated that the Kiev delegation would insist on an immediate cease-fire and recalled the partial blackout in the Sumy region last week.

Zelensky had previously stated the need to achieve a ceasefire, but the Russian position, which was voiced by President Vladimir Putin, implies not the suspension of hostilities, but the development of a set of measures to effectively move towards peace.""", [
        ("What is known about the negotiations in Istanbul on July 23: the positions of the parties", "-"),
        ("During the negotiations, it was planned to discuss draft memoranda, which were exchanged following the results of the second round.", "unsourced"),
        ("As Kremlin spokesman Dmitry Peskov explained on Wednesday morning, the conversation was expected to be difficult, since the positions of the parties on the documents are diametrically opposed.", "attributed"),
        ("At the same time, the presidential press secretary noted, the discussion of the memorandum with Ukraine is part of the preparation for a possible meeting between Vladimir Putin and Vladimir Zelensky, but it is impractical to talk about specific dates without first working out the details.", "inherited"),
        ("Among other issues, it was planned to discuss mutual exchanges of prisoners of war.", "unsourced"),
        ("In turn, President of Ukraine Volodymyr Zelensky (his term of office expired in May 2024) stated that the Kiev delegation would insist on an immediate cease-fire and recalled the partial blackout in the Sumy region last week.", "attributed"),
        ("(his term of office expired in May 2024)", "unsourced+aside"),
        ("Zelensky had previously stated the need to achieve a ceasefire, but the Russian position, which was voiced by President Vladimir Putin, implies not the suspension of hostilities, but the development of a set of measures to effectively move towards peace.", "attributed"),
    ]),
    ("translated report", """## The composition of the Russian and Ukrainian delegations at the talks in Istanbul on July 23

The composition of the Russian group in negotiations with Ukraine has not changed. According to the Izvestia source, the delegation was headed by Vladimir Medinsky, Assistant to the President of the Russian Federation, and the negotiating group, as before, included four main participants and four experts.

The composition of the Russian delegation at the last round of talks with Kiev was as follows: Presidential Aide Vladimir Medinsky, Deputy Foreign Minister Mikhail Galuzin, Chief of the Main Intelligence Directorate of the General Staff of the Russian Armed Forces Igor Kostyukov and Deputy Defense Minister Alexander Fomin.

At the same time, Zelensky earlier that day expanded the composition of the Ukrainian delegation for negotiations with the Russian Federation from 12 to 14 people. The intrigue was around who would lead the delegation, as the head of the Ministry of Defense, Rustem Umerov, who had previously served in this function, left the post.

According to Zelensky's document, Umerov remained at the head of the delegation, this time as secretary of the National Security and Defense Council (NSDC).

A representative of the Verkhovna Rada Commissioner for Human Rights in the security and Defense sector, Yuri Kolbasa, and Deputy Chief of the General Staff of the Armed Forces of Ukraine, Yevgeny Ostryansky, also arrived from Kiev for talks. And instead of the head of the International and Operational Law Department of the Central Legal Directorate of the General Staff of the Armed Forces of Ukraine Alexei Malovetsky, his deputy Andrei Fomin was appointed.""", [
        ("The composition of the Russian and Ukrainian delegations at the talks in Istanbul on July 23", "-"),
        ("The composition of the Russian group in negotiations with Ukraine has not changed.", "unsourced"),
        ("According to the Izvestia source, the delegation was headed by Vladimir Medinsky, Assistant to the President of the Russian Federation, and the negotiating group, as before, included four main participants and four experts.", "attributed"),
        ("The composition of the Russian delegation at the last round of talks with Kiev was as follows: Presidential Aide Vladimir Medinsky, Deputy Foreign Minister Mikhail Galuzin, Chief of the Main Intelligence Directorate of the General Staff of the Russian Armed Forces Igor Kostyukov and Deputy Defense Minister Alexander Fomin.", "unsourced"),
        ("At the same time, Zelensky earlier that day expanded the composition of the Ukrainian delegation for negotiations with the Russian Federation from 12 to 14 people.", "unsourced"),
        ("The intrigue was around who would lead the delegation, as the head of the Ministry of Defense, Rustem Umerov, who had previously served in this function, left the post.", "unsourced"),
        ("According to Zelensky's document, Umerov remained at the head of the delegation, this time as secretary of the National Security and Defense Council (NSDC).", "attributed"),
        ("A representative of the Verkhovna Rada Commissioner for Human Rights in the security and Defense sector, Yuri Kolbasa, and Deputy Chief of the General Staff of the Armed Forces of Ukraine, Yevgeny Ostryansky, also arrived from Kiev for talks.", "unsourced"),
        ("And instead of the head of the International and Operational Law Department of the Central Legal Directorate of the General Staff of the Armed Forces of Ukraine Alexei Malovetsky, his deputy Andrei Fomin was appointed.", "unsourced"),
    ]),
    ("translated report", """## The results of the first two rounds of negotiations in Istanbul in 2025

In 2025, Russia and Ukraine held two meetings, on May 16 and June 2, at which they agreed on the largest exchanges of prisoners of war during their military operations and on the transfer of the bodies of the dead.

At the June talks, the Russian and Ukrainian sides presented their draft memoranda with proposals for a ceasefire and further peaceful settlement.

On July 14, a month after the second round of negotiations, US President Donald Trump threatened to impose import duties of approximately 100% on Russia and its trading partners if an agreement on a settlement of the Ukrainian conflict was not reached within 50 days.

In Russia, they replied that Moscow would take into account the ultimatum of the US president, but would proceed from national interests. This was stated to Izvestia by the head of the Federation Council Committee on International Affairs, Grigory Karasin. And Dmitry Peskov said that it makes no sense to "count on breakthroughs from the category of miracles" in the upcoming round of negotiations.""", [
        ("The results of the first two rounds of negotiations in Istanbul in 2025", "-"),
        ("In 2025, Russia and Ukraine held two meetings, on May 16 and June 2, at which they agreed on the largest exchanges of prisoners of war during their military operations and on the transfer of the bodies of the dead.", "unsourced"),
        ("At the June talks, the Russian and Ukrainian sides presented their draft memoranda with proposals for a ceasefire and further peaceful settlement.", "unsourced"),
        ("On July 14, a month after the second round of negotiations, US President Donald Trump threatened to impose import duties of approximately 100% on Russia and its trading partners if an agreement on a settlement of the Ukrainian conflict was not reached within 50 days.", "attributed"),
        ("In Russia, they replied that Moscow would take into account the ultimatum of the US president, but would proceed from national interests.", "attributed"),
        ("This was stated to Izvestia by the head of the Federation Council Committee on International Affairs, Grigory Karasin.", "attributed"),
        ("And Dmitry Peskov said that it makes no sense to \"count on breakthroughs from the category of miracles\" in the upcoming round of negotiations.", "attributed"),
    ]),
]


def build(fragments, split, prefix):
    items = []
    for index, (genre, markdown, labels) in enumerate(fragments, 1):
        sentences = []
        for text, label in labels:
            assert text in markdown, f"{prefix}-{index}: not in markdown: {text}"
            aside = label.endswith("+aside")
            attribution = label.replace("+aside", "")
            entry = {"text": text, "claim": attribution != "-", "attribution": "none" if attribution == "-" else attribution}
            if aside:
                entry["aside"] = True
            sentences.append(entry)
        items.append({"id": f"{prefix}-{index:03}", "split": split, "genre": genre, "markdown": markdown, "sentences": sentences})
    return items


for name, fragments, split in (("desk-dev.jsonl", DEV, "dev"), ("desk-test.jsonl", TEST, "test"), ("desk-seed.jsonl", SEED, "seed")):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
        for item in build(fragments, split, split):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
