"""cues: the lexicons detect and grammar read to type a sentence, kept as data tables.

Each row of TYPE_CUES is (incident type, weight, pattern, required[, forbidden]): `pattern` is matched on the
lowercased sentence; `required`, when given, must match the sentence too (an "own troops" phrase is a
friendly-fire cue only next to a verb of firing); `forbidden`, when given, must not (an "exploded" is an
accident only when no adversary's weapon or attack is named). Weights rank cues of different types found in one
sentence and seed the mention's confidence: 0.9 = the phrase names the type outright ("friendly fire",
"refused to fight"), 0.6-0.8 = typical wording, <= 0.5 = a weak hint that any stronger cue overrides.

`other` is a class of its own (hostage-taking, kidnapping, soldiers held by civilians, a ship seized, an
aircraft intercepted), never a fallback for a recognised strike. An accident need not be a crash: accident
words beside a member, vehicle or site of a force, with no adversary named, are a military accident.

The phrases are written for war reporting in general (Ukraine, Gaza, Sudan, Myanmar, the Sahel, Syria,
Yemen, Ethiopia), not for one outlet's house style. The lexicons that group sentences into incidents and
attach context (new-incident markers, references back, report checking, trend wording, stopwords) are in
grouping_cues.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def words(table: str) -> frozenset[str]:
    """A word table written as whitespace-separated words (easier to read and extend than a list literal)."""
    return frozenset(table.split())


# Verbs of firing or hitting: what must sit beside an "own troops" or "mistook" cue.
_ATTACK = (
    r"\b(?:fir(?:ed|ing)|shot|shoot(?:ing)?|struck|strik(?:e|ing)|shell(?:ed|ing)|bomb(?:ed|ing)|hit|kill(?:ed|ing)"
    r"|down(?:ed|ing)|target(?:ed|ing)|attack(?:ed|ing)|open(?:ed)? fire|rain(?:ed|ing) down|pound(?:ed|ing)"
    r"|wound(?:ed|ing)|destroy(?:ed|ing)|launch(?:ed|ing)|dropp(?:ed|ing))\b"
)
_OWN_SIDE = (
    r"\b(?:its|their|his|our|her) own (?:[\w-]+ ){0,2}(?:troops|soldiers|forces|positions?|men|units?|paratroopers"
    r"|infantry|infantrymen|infantries|servicemen|fighters|comrades|column|convoy|personnel|side|trench|trenches|lines"
    r"|aircraft|jets?|planes?|helicopters?|drones?|pilots?|ships?|vessels?|tanks?|vehicles?|artillery|air defen[cs]e"
    r"|gunners|crew|sailors|marines|militia|allies|base|battalion|brigade|regiment|company|platoon|division|squad)\b"
)
# "Killing ten attackers and losing three of their own": the own side counted among a clash's dead, not hit by it.
_OWN_COUNTED = (
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|several|some"
    r"|many|few|none|scores|hundreds) of (?:its|their|his|our|her) own\b"
    r"|\blos(?:t|ing|e|es)\b (?:[\w-]+ ){0,3}(?:its|their|his|our|her) own\b"
)
_MEMBERS = (
    r"(?:men|soldiers|troops|members|personnel|fighters|servicemen|paratroopers|marines|officers?|commanders?"
    r"|tanks|vehicles|aircraft|helicopters|jets|ships|guns|positions?|command(?:ing)? officer|crew|staff)"
)

# A member, vehicle or site of an armed force: what an accident word must sit beside to be a military accident.
_MILITARY = (
    r"\b(?:army|military|navy|naval|air force|soldiers?|troops|servicem[ae]n|conscripts?|cadets?|marines?|sailors?"
    r"|recruits?|paratroopers?|officers?|personnel|gendarmes?|militiam[ae]n|guardsm[ae]n|reservists?|crew"
    r"|ammunition|munitions?|ordnance|armou?red|tanks?|howitzers?|warships?|frigates?|submarines?|barracks|depots?"
    r"|arsenals?|garrisons?|convoys?|brigade|battalion|regiment|unit|rifles?|weapons?|grenades?)\b"
)
# An adversary's act or weapon: with one of these, a blast or a fire is a strike or a clash, not an accident.
_ADVERSARY = (
    r"\b(?:drones?|missiles?|rockets?|shell(?:s|ed|ing)|strikes?|airstrikes?|attack(?:s|ed|ers?)?|enemy|rebels?"
    r"|militants?|insurgents?|jihadists?|gunmen|sabotage|saboteurs?|partisans?|ambush\w*|(?:land)?mines?|ieds?"
    r"|improvised explosive|explosive devices?|suicide|bomb(?:s|ed|ing|ers?)?|mortars?|artillery|hit by|targeted"
    r"|shot down|fire from|downed|debris|migrants?|refugees|fishermen|fishing|ferry)\b"
)
# Wording of a weapon used in training or a test, or come loose: its fall on own ground is an accidental release.
_NOT_AIMED = (
    r"(?:(?:fired|launched|dropped|released|used) )?(?:during|in the course of|in) (?:a |an |the )?(?:[\w-]+ ){0,3}"
    r"(?:training|exercises?|drills?|target practice|tests?|test-firing|trials?|firing practice)"
    r"|(?:came|come|broke|worked) loose|detached|fell (?:off|from)|(?:was|were) accidentally"
)
_MUNITION = r"\b(?:bombs?|munitions?|missiles?|rockets?|shells?|rounds?|mortars?|projectiles?|ordnance|grenades?)\b"

# (type, weight, pattern, required[, forbidden])
_TABLE: list[tuple[str, float, str, str | None] | tuple[str, float, str, str | None, str]] = [
    # friendly fire: own side hit by mistake
    ("friendly_fire", 0.95, r"\bfriendly[- ]fire\b", None),
    ("friendly_fire", 0.95, r"\bblue[- ]on[- ]blue\b|\bfratricid\w+", None),
    ("friendly_fire", 0.85, _OWN_SIDE, _ATTACK, _OWN_COUNTED),
    # The own side as the target of the verb ("hit their own trench"), which outranks an accident cue.
    ("friendly_fire", 0.93, _ATTACK + r"[^.;]{0,40}?" + _OWN_SIDE, None, _OWN_COUNTED),
    (
        "friendly_fire",
        0.8,
        r"\b(?:mistook|mistaking|mistaken for|misidentified|confused (?:them|it) (?:for|with))\b",
        _ATTACK,
    ),
    ("friendly_fire", 0.7, r"\b(?:by mistake|in error|mistakenly)\b.{0,60}\b(?:comrades|allied|own)\b", None),
    # A weapon released by accident onto people or positions of the own side or its allies.
    (
        "friendly_fire",
        0.92,
        r"\b(?:mistakenly|accidentally|inadvertently|by mistake|in error)\b[^.;]{0,40}?\b(?:struck|hit|fired on"
        r"|fired at|shelled|bombed|attacked|killed|shot)\b[^.;]{0,50}?\b(?:troops|soldiers|fighters|militia|militiamen"
        r"|infantry|servicemen|positions?|convoy|patrol|comrades|unit)\b",
        None,
    ),
    # Fire from a unit beside one's own, or an errant weapon that killed the force's own men.
    (
        "friendly_fire",
        0.85,
        r"\bcame under (?:[\w-]+ ){0,2}fire from (?:a |an |the )?(?:neighbou?ring|adjacent|friendly|allied|fellow"
        r"|another) (?:[\w-]+ ){0,2}(?:units?|troops|soldiers|positions?|battalions?|brigades?|companies|company"
        r"|platoons?|crews?|tanks?)\b",
        None,
    ),
    (
        "friendly_fire",
        0.88,
        r"\b(?:errant|stray|misdirected|misguided|wayward)\b (?:[\w-]+ ){0,2}(?:air ?strikes?|strikes?|shells?|bombs?"
        r"|missiles?|rounds?|fire|rockets?)\b",
        r"\b(?:its|their|his|our) (?:own )?(?:soldiers|troops|men|fighters|servicemen|positions?|personnel|comrades)\b",
    ),
    # An allied force as the target of the attack ("jets bombed positions of the allied militia"); one that fought
    # off an attack ("government-allied fighters repelled an assault") is the defender of a clash.
    (
        "friendly_fire",
        0.85,
        _ATTACK + r"[^.;]{0,40}?\b(?:allied|pro-government|government-(?:aligned|allied|backed)|pro-army|pro-junta"
        r"|pro-regime|loyalist) (?:[\w-]+ ){0,3}(?:troops|forces|fighters|militias?|militiamen|soldiers|units?"
        r"|positions?|brigades?|battalions?|bases?|convoys?)\b|\ballied (?:[\w-]+ ){0,3}(?:troops|forces|fighters"
        r"|militias?|militiamen|soldiers)\b (?:[\w-]+ ){0,2}(?:were|was) (?:[\w-]+ )?(?:hit|struck|shelled|bombed"
        r"|killed|targeted|attacked)\b"
        # "bombed positions of a militia that fights alongside the army"
        r"|" + _ATTACK + r"[^.;]{0,60}?\b(?:militias?|militiamen|fighters|forces|troops|units?|groups?)\b[^.;]{0,30}?"
        r"\b(?:fights?|fighting|fought|allied|loyal|aligned|backed|supported) (?:alongside|with|to|by|beside) (?:the )?"
        r"(?:army|government|junta|regime|military|armed forces)\b",
        # Allied to whom: the attacker must be the government side, not its enemy.
        r"\b(?:army|government|junta|regime|military|air force|coalition|allied|own)\b",
        r"\b(?:rebels?|insurgents?|militants?|jihadists?|gunmen|enemy|attackers|taliban|paramilitar(?:y|ies))\b"
        r"[^.;]{0,40}?" + _ATTACK,
    ),
    # accidental release: a weapon dropped or fired by accident on own or held ground
    (
        "accidental_release",
        0.9,
        r"\b(?:accidental(?:ly)?|inadvertent(?:ly)?|unintentional(?:ly)?|mistakenly|erroneous(?:ly)?|by accident)\b"
        r"[\"”“' ]*(?:[\w-]+ ){0,4}[\"”“' ]*(?:dropp(?:ed|ing)|drop|bomb(?:ed|ing)?|releas(?:ed|e|ing)|fir(?:ed|ing)"
        r"|launch(?:ed|ing)?|struck|hit|fell|discharg(?:ed|e))\b",
        None,
    ),
    (
        "accidental_release",
        0.9,
        r"\b(?:unscheduled|unplanned|abnormal|emergency) (?:release|landing|descent|drop"
        r"|discharge|jettison)s? of (?:[\w-]+ ){0,3}(?:munitions?|bombs?|ordnance|ammunition|missiles?)",
        None,
    ),
    ("accidental_release", 0.75, r"\bjettison(?:ed|ing)\b", None),
    (
        "accidental_release",
        0.88,
        r"\b(?:dropped|released|fired|launched|discharged|fell)\b (?:[\w-]+ ){0,2}?(?:accidentally|by accident"
        r"|inadvertently|unintentionally|in error)\b",
        None,
    ),
    # "A shell fired during an exercise landed on a house", "a bomb that came loose from the jet fell on a farm":
    # the accident is told in a clause on the weapon, not in the main verb.
    (
        "accidental_release",
        0.88,
        _MUNITION + r"[^.;]{0,60}?(?:" + _NOT_AIMED + r")[^.;]{0,80}?\b(?:fell|landed|hit|struck|exploded|came down"
        r"|crashed|damaged|slammed)\b",
        None,
    ),
    # "A bomb fell from a Su-34 onto a street": a munition falling off its own carrier.
    (
        "accidental_release",
        0.85,
        _MUNITION + r"[^.;]{0,30}?\b(?:fell|dropped|came loose|detached|broke away) (?:from|off) (?:a |an |the )?"
        r"(?:[\w-]+ ){0,3}(?:jet|aircraft|plane|bomber|helicopter|su-\d+\w*|fighter|warplane|drone|pylon|wing)s?\b",
        None,
    ),
    # "A bomb released by a jet fell inside ...": a deliberate strike reads "the jet dropped a bomb on ...".
    (
        "accidental_release",
        0.7,
        r"\b(?:bomb|munition|missile|rocket)s? (?:released|dropped|fired|launched) (?:by|from) (?:a |an |the )?"
        r"(?:[\w-]+ ){0,4}(?:jet|aircraft|plane|bomber|helicopter|drone|system|battery|launcher)s?\b[^.;]{0,30}?"
        r"\b(?:fell|landed|came down)\b",
        None,
    ),
    # An own weapon that went astray: an air-defence missile falling on a street, a munition that malfunctioned.
    (
        "accidental_release",
        0.88,
        r"\b(?:air[- ]defen[cs]e|anti-aircraft|interceptor|surface-to-air)\b[^.;]{0,80}?\b(?:fell|landed|crashed"
        r"|came down)\b|\b(?:missile|rocket|bomb|munition|shell|interceptor|projectile)s?\b[^.;]{0,100}?"
        r"\b(?:malfunction\w*|went astray|veered off course|fail(?:ed|ing) to (?:hit|reach)|missed (?:its|the) target"
        r"|fell short|strayed)\b",
        None,
    ),
    # refusal to fight
    (
        "refusal_to_fight",
        0.95,
        r"\brefus(?:e|ed|es|ing|al) to (?:fight|deploy|obey|go|return|advance|attack|invade"
        r"|serve|carry out|follow|take part|participate|enter|storm|be deployed|comply|mobili[sz]e|continue fighting"
        r"|join|redeploy|be sent|assault|report for duty|show up|leave|sail|fly|board|move|withdraw|retreat|open fire"
        r"|shoot|take up|hold)\b",
        None,
    ),
    (
        "refusal_to_fight",
        0.9,
        r"\brefus(?:e|ed|es|ing) (?:orders?|an order|the order|commands?|combat|deployment)\b",
        None,
    ),
    ("refusal_to_fight", 0.9, r"\bmutin(?:y|ied|ies|ous|eers?)\b|\brefuseniks?\b|\brefusniks?\b", None),
    (
        "refusal_to_fight",
        0.8,
        r"\bdeserters?\b|\bdesertion\b|\bdeserted (?:from|their|his|her|the (?:army|front|unit)"
        r"|en masse|with)\b",
        None,
    ),
    (
        "refusal_to_fight",
        0.75,
        r"\brebelled\b|\brevolted\b|\bdisobey(?:ed|ing)\b|\binsubordination\b"
        r"|\bdefied (?:the |an )?orders?\b|\bdefected\b",
        None,
    ),
    # A commander going over to the other side with his men: "crossed over to the rebels with 200 fighters".
    (
        "refusal_to_fight",
        0.8,
        r"\b(?:crossed over|went over|switched sides|changed sides|switched allegiance|changed allegiance"
        r"|defected) (?:[\w-]+ ){0,2}?(?:to|and joined)\b",
        r"\b(?:commanders?|officers?|soldiers|troops|fighters|men|forces|units?|brigades?|battalions?|militia"
        r"|militiamen|generals?|colonels?|majors?|captains?|servicemen|members)\b",
        r"\b(?:civilians|refugees|residents|villagers|families|displaced|migrants)\b",
    ),
    (
        "refusal_to_fight",
        0.75,
        r"\b(?:withdr[ae]w|retreated|pulled (?:back|out)|left (?:[\w-]+ ){0,2}positions?)\b[^.;]{0,50}?\bwithout"
        r" (?:an? |any )?(?:orders?|permission|authori[sz]ation)\b",
        None,
    ),
    (
        "refusal_to_fight",
        0.7,
        r"\b(?:abandon(?:ed|ing)|fled|fleeing|left|leaving|deserted) (?:their |his |her |its |the )?(?:[\w-]+ )?"
        r"(?:posts?|positions?|units?|weapons|bases?|barracks|checkpoints?|trenches)\b"
        r"|\blaid down (?:their|his) (?:arms|weapons)\b|\bwould not fight\b|\bawol\b"
        r"|\babsent without (?:official )?leave\b",
        None,
    ),
    # A deserter named by the verb alone: "two conscripts deserted on Monday", "escaped from their unit".
    (
        "refusal_to_fight",
        0.75,
        r"\b(?:soldiers?|troops|servicem[ae]n|conscripts?|recruits?|officers?|marines?|sailors?|personnel|gendarmes?"
        r"|mobili[sz]ed (?:men|soldiers)|contract soldiers?)\b[^.;]{0,40}?\b(?:deserted|ran away"
        r"|(?:escaped|went missing|fled) from (?:their|his|her|the) (?:unit|base|barracks|post|regiment|battalion"
        r"|brigade))\b",
        None,
    ),
    # Flight of armed men from the fight: "fled across the border", "fled the front line".
    (
        "refusal_to_fight",
        0.72,
        r"\b(?:fled|fleeing|escaped|crossed|ran) (?:[\w-]+ ){0,2}(?:across|over|into|from|to) "
        r"(?:the |a |neighbou?ring )?(?:border|frontier|front ?lines?|front|battlefield|combat zone|neighbou?ring)\b"
        r"|\bfled the (?:front|battlefield)\b|\bfled (?:[\w-]+ ){0,2}into (?:neighbou?ring )?\w+"
        r"|\b(?:sought|seek|seeking|requested) (?:asylum|refuge)\b",
        r"\b(?:soldiers|troops|servicemen|conscripts|officers|marines|sailors|pilots|personnel|gendarmes|militiamen"
        r"|fighters|members|men|a soldier|an officer|recruits|mobili[sz]ed)\b",
        r"\b(?:civilians|refugees|residents|villagers|families|displaced|children)\b",
    ),
    # repression: arrests, raids, prosecutions, dismissals
    (
        "repression",
        0.85,
        r"\b(?:arrest(?:ed|s)?|detain(?:ed|ing)|jailed|imprisoned|sentenced|convicted"
        r"|court[- ]martial(?:l?ed)?)\b",
        None,
    ),
    (
        "repression",
        0.8,
        r"\braid(?:ed|s)? (?:on )?(?:the )?(?:[\w']+ ){0,3}(?:offices?|homes?|houses?|apartments?"
        r"|newsroom|headquarters|premises|flats?)\b",
        None,
    ),
    (
        "repression",
        0.75,
        r"\b(?:prosecut(?:ed|ing)|(?<!according to the )prosecution|criminal (?:case|cases|charges?|proceedings)"
        r"|charged (?:[\w-]+ ){0,4}?with|put on trial|stood trial|tried for"
        r"|searched (?:the )?(?:homes?|offices?|premises))\b",
        None,
    ),
    (
        "repression",
        0.7,
        r"\b(?:dismissed(?! as\b)|sacked|expelled|stripped of (?:their|his|her) (?:rank|ranks)|demoted"
        r"|discharged from(?! (?:the )?hospital))\b"
        r"|\b(?:was|were|been|got) fired\b(?! (?:at|on|upon|from|toward|towards|into|back))",
        None,
    ),
    # The state's agents seizing a critic: an enforced disappearance is repression, a kidnapping by armed men `other`.
    (
        "repression",
        0.85,
        r"\b(?:abduct(?:ed|ing)|kidnapp(?:ed|ing)|disappeared|seized|snatched) (?:[\w-]+ ){0,3}(?:journalists?"
        r"|reporters?|activists?|bloggers?|critics?|dissidents?|lawyers?|protesters?|opposition)\b",
        r"\b(?:security forces|police|intelligence|agents|officers|soldiers|troops|military|army|authorities"
        r"|security services?|militia)\b",
    ),
    ("repression", 0.6, r"\b(?:executed for|tortured|crackdown|punished|interrogated|fined)\b", None),
    # The state putting its critics to death: "the junta executed four pro-democracy activists".
    (
        "repression",
        0.78,
        r"\b(?:executed|hanged|put to death) (?:[\w-]+ ){0,3}(?:activists?|dissidents?|protesters?|journalists?"
        r"|critics?|opposition (?:figures?|members?|politicians?)|political prisoners?|lawmakers?)\b",
        None,
    ),
    (
        "repression",
        0.75,
        r"\b(?:forcibly (?:conscripted|mobili[sz]ed|drafted)|opened a (?:criminal )?case|in absentia|for treason"
        r"|(?:being|were|was|are|is) held (?:in|at|by|incommunicado|captive)|ordered the arrest)\b"
        r"|\b(?:ordered|placed (?:[\w-]+ ){0,3}in|remanded (?:[\w-]+ ){0,3}in|sent to) (?:the )?(?:pre-?trial )?"
        r"(?:detention|custody)\b|\btaken into custody\b|\baccused of (?:demorali[sz]\w*|discredit\w*)",
        None,
    ),
    # losses of a unit, not tied to one strike or clash
    (
        "losses",
        0.8,
        r"\blost (?:(?:up to|at least|about|around|nearly|over|more than|some|its|their|his|the|all"
        r"|half|most|of) )*(?:[\w,-]+ ){0,3}" + _MEMBERS + r"\b",
        None,
    ),
    (
        "losses",
        0.65,
        r"\bsuffered (?:\w+ ){0,2}(?:losses|casualties)\b|\blosses of\b|\bcasualties of\b"
        r"|\b(?:was|were|been) (?:nearly |almost |effectively )?(?:wiped out|decimated|annihilated)\b",
        None,
    ),
    (
        "losses",
        0.72,
        r"\b(?:been killed|died|lost)\b[^.;]{0,60}?\b(?:since|over the (?:past|last)|in the (?:past|last)|so far)\b",
        None,
    ),
    (
        "losses",
        0.4,
        r"\bkilled in action\b|\b(?:was|were|been) killed\b|\bdied\b|\bperished\b|\bmartyred\b"
        r"|\bembraced martyrdom\b|\b(?:was|were|been) neutrali[sz]ed\b|\b(?:fell|was|were) (?:[\w-]+ )?killed\b",
        None,
    ),
    # A toll of a campaign told as lives it cost: "the offensive has so far cost the lives of 54 soldiers".
    (
        "losses",
        0.72,
        r"\b(?:cost|claimed|taken)\b (?:[\w-]+ ){0,3}?(?:the )?lives of\b",
        r"\b(?:so far|since|to date|in total|over the (?:past|last)|offensive|campaign|operation|war)\b",
        # The lives of civilians are a toll of the attacks, not a force's losses.
        r"\blives of (?:[\w,-]+ ){0,3}(?:civilians|people|residents|children|villagers|inhabitants)\b",
    ),
    # strike: shelling, missiles, air and drone strikes
    (
        "strike",
        0.85,
        r"\b(?:missile|drone|air|rocket|artillery|kamikaze|bomb|mortar|airstrike|glide[- ]bomb"
        r"|ballistic|cruise[- ]missile|shahed|rocket[- ]artillery)[- ]?(?:strikes?|attacks?|barrage|raids?)\b"
        r"|\bairstrikes?\b|\bair raids?\b",
        None,
    ),
    ("strike", 0.75, r"\bshell(?:ed|ing)\b|\bbombard(?:ed|ing|ment)\b|\bbomb(?:ed|ing)\b|\bpounded\b", None),
    (
        "strike",
        0.65,
        r"\bstruck\b|\bstrikes? (?:on|against|hit)\b|\bfired (?:[\w-]+ ){0,6}?(?:missiles?|rockets?"
        r"|shells?|drones?|mortars?|rounds|at|on|upon)\b|\blaunched (?:[\w-]+ ){0,4}(?:missiles?|rockets?|drones?"
        r"|strikes?)\b|\b(?:shot|shooting|shoots) (?:it |them )?down\b|\bdowned\b",
        None,
    ),
    ("strike", 0.5, r"\b(?:hit|targeted|destroyed|blew up|intercepted)\b", None),
    # Bombs set off in place rather than fired: suicide, car and roadside bombs, mines.
    (
        "strike",
        0.75,
        r"\b(?:suicide (?:bomb(?:er|ing)?s?|attackers?|blasts?)|car bombs?|roadside bombs?|ieds?|improvised explosive"
        r"(?: devices?)?|explosive devices?|landmines?|anti-(?:tank|personnel) mines?)\b[^.;]{0,60}?\b(?:explod\w+"
        r"|went off|detonated|blew up|killed|wounded|injured|hit|struck|targeted)\b"
        r"|\b(?:ied|roadside[- ]bomb|car[- ]bomb|suicide|landmine|mine) (?:blasts?|explosions?|attacks?|bombings?)\b"
        r"|\bblew (?:himself|herself|themselves) up\b",
        None,
    ),
    (
        "strike",
        0.7,
        r"\b(?:shells?|missiles?|rockets?|bombs?|drones?|mortars?|projectiles?|munitions?)\b (?:[\w-]+ ){0,2}?"
        r"(?:hit|attacked|struck|slammed into|smashed into|rained (?:down )?(?:on|onto)|destroyed|damaged|pummel+ed"
        r"|battered|hammered|pounded|tore into|ripped into)\b",
        None,
    ),
    (
        "strike",
        0.55,
        r"\b(?:missile|rocket|bomb|munition|shell|drone)s?\b[^.;]{0,60}?\b(?:fell|landed|crashed|exploded|falling"
        r"|landing|exploding|crashing) (?:on|in|into|inside|near|over|above|at|around|close to)\b",
        None,
    ),
    # Explosives dropped from a drone or aircraft on a target: "a quadcopter dropped grenades on a trench".
    (
        "strike",
        0.7,
        r"\bdropp(?:ed|ing) (?:[\w-]+ ){0,3}?(?:explosives?|explosive (?:charges?|devices?)|charges|grenades?|bombs?"
        r"|munitions?|mortar (?:rounds|bombs)|mines|ordnance)\b (?:[\w-]+ ){0,2}?(?:on|onto|at|over|into)\b",
        None,
    ),
    # Heavy weapons fire is a strike even across a front line or border; small-arms fire there is a clash.
    (
        "strike",
        0.86,
        r"\b(?:exchange[ds]?|trad(?:ed|ing)) (?:of )?(?:heavy |intense |sporadic |cross-border )?(?:artillery|mortar"
        r"|shell|rocket|tank|missile|heavy[- ]weapons?)(?: and (?:artillery|mortar|rocket|missile))? ?(?:fire|rounds"
        r"|shots|strikes|barrages)\b",
        None,
    ),
    (
        "strike",
        0.7,
        r"\b(?:artillery|mortar|tank|rocket|howitzer|heavy[- ]weapons?) (?:fire|rounds?|barrages?|salvos?)\b",
        None,
    ),
    # armed clash: ground fighting between opposing forces
    (
        "armed_clash",
        0.85,
        r"\bclash(?:ed|es)?\b|\bfire ?fights?\b|\bgun ?(?:battles?|fights?)\b|\bshoot-?outs?\b"
        r"|\b(?:exchange(?:d|s)?|trad(?:ed|ing)) (?:of )?(?:heavy |sporadic |intense )?(?:gun ?|small[- ]arms? "
        r"|machine[- ]gun |automatic |rifle )?(?:fire|shots)\b|\bambush(?:ed|es)?\b"
        r"|\bskirmish(?:ed|es)?\b",
        None,
    ),
    (
        "armed_clash",
        0.75,
        r"\bfighting\b(?: [\w(),'-]+){0,14}? (?:broke out|erupted|took place|raged|continued|flared|intensified"
        r"|was reported|killed)\b|\b(?:heavy|fierce|intense|street|heavy street) fighting\b|\bfought\b|\bbattling\b"
        r"|\b(?:repelled|repulsed|beat back|beaten back|fought off) (?:[\w-]+ ){0,6}(?:attacks?|assaults?|offensives?"
        r"|attempts?|raids?)\b"
        r"|\b(?:attacks?|assaults?|offensives?|attempts?)\b[^.;]{0,60}?\b(?:was|were|been) (?:[\w-]+ )?(?:repelled"
        r"|repulsed|beaten back|fought off)\b|\bstormed\b|\boverran\b"
        r"|\bcounter-?attack(?:ed|s)?\b|\bbattle (?:for|of)\b|\bopened fire\b|\brecaptured\b"
        r"|\b(?:took|taken|seized|captured|gained) (?:full |complete )?control of\b",
        None,
    ),
    (
        "armed_clash",
        0.55,
        r"\b(?:attacked|assaulted|raided|captured|seized|attack on|raid on|assault on) (?:[\w-]+ ){0,5}(?:positions?"
        r"|checkpoints?|bases?|outposts?|posts?|garrisons?|convoys?|patrols?|villages?|town|trenches|barracks|camp"
        r"|police stations?|stations?|compounds?|headquarters)\b",
        None,
    ),
    ("armed_clash", 0.56, r"\bfighting\b", None),
    # Fighting named by its two sides: "combat between the ELN and FARC dissidents", "battles with the army".
    (
        "armed_clash",
        0.85,
        r"\b(?:combat|fighting|battles?|hostilities|firefights?|gunfire) (?:between|with|against)\b"
        r"|\bbattled\b|\b(?:engaged|engaging) (?:in )?(?:combat|battle)\b|\bin combat with\b",
        None,
    ),
    (
        "armed_clash",
        0.6,
        r"\b(?:gunmen|militants|assailants|attackers|jihadists|insurgents|bandits|militiamen|rebels|terrorists)\b[^.;]{0,40}?"
        r"\b(?:killed|shot dead|martyred)\b[^.;]{0,30}?\b(?:soldiers|troops|police(?:men)?|officers|gendarmes|guards"
        r"|servicemen|militiamen)\b",
        None,
    ),
    (
        "armed_clash",
        0.82,
        r"\b(?:conducted|launched|carried out|mounted|staged) (?:an? |the )?(?:[\w-]+ ){0,4}(?:assaults?"
        r"|ground attacks?|offensive|counteroffensive|raids?)\b",
        None,
    ),
    # military accident: crash, explosion, training death with no weapon aimed at anyone
    (
        "military_accident",
        0.85,
        r"\b(?:training|exercise|drill)s? (?:accident|incident|mishap)s?\b"
        r"|\b(?:died|killed|injured|wounded) (?:during|in|while) (?:a |an )?(?:training|exercises?|drills?)\b",
        None,
    ),
    (
        "military_accident",
        0.8,
        r"\bcrash(?:ed|es|-landed)?\b|\bcollided\b|\bcollision\b|\bcapsized\b|\bran aground\b"
        r"|\bmishap\b|\bnon-combat\b|\bmalfunction(?:ed|ing)?\b|\btechnical (?:failure|fault|problem)s?\b",
        None,
        # "crashed; Kyiv said its forces had shot it down": a claimed shoot-down names an adversary's weapon ("it had
        # not been shot down" does not).
        r"(?<!not been )(?<!n't been )(?<!not )(?<!n't )(?<!never )\b(?:shot (?:it |them |the \w+ )?down"
        r"|shoot(?:ing)? down|downed|brought (?:it |them )?down|hit by|struck by"
        r"|destroyed by)\b",
    ),
    # An aircraft that "went down" with no weapon named: "a military helicopter went down in the mountains".
    (
        "military_accident",
        0.75,
        r"\b(?:helicopters?|aircraft|jets?|planes?|bombers?|fighters?|transports?|choppers?)\b[^.;]{0,40}?"
        r"\bwent down\b",
        None,
        r"\b(?:shot (?:it |them |the \w+ )?down|downed|hit by|struck by|missiles?|air defen[cs]e)\b",
    ),
    (
        "military_accident",
        0.75,
        r"\bexplo(?:ded|sion) (?:during|while|at|in) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:training|exercise"
        r"|drill|depot|storage|warehouse|arsenal|maintenance|loading|unloading|barracks)\b|\b(?:ammunition|ammo"
        r"|munitions?|arms) (?:depot|dump|store|storage|warehouse)s? (?:explo\w+|blew up|detonated|caught fire)"
        r"|\baccidental (?:explosion|detonation|discharge|blast|shooting)\b",
        None,
    ),
    # Deaths said not to be the enemy's doing: a detail that retypes the losses it follows.
    (
        "military_accident",
        0.6,
        r"\bnot (?:the result of|caused by|due to) (?:enemy|hostile)"
        r"|\bno (?:enemy|hostile) (?:action|fire|involvement)\b|\bnon-hostile\b",
        None,
    ),
    ("military_accident", 0.6, r"\bduring (?:a |an )?(?:[\w-]+ ){0,3}(?:training|exercises?|drills?)\b", None),
    # Accident words beside a member, vehicle or site of a force, with no adversary named: an accident need not be
    # a crash ("a truck plunged into a gorge", "a rifle discharged while being cleaned", "a fire at a depot").
    # 0.6: a detail right after a reported accident ("it went off while ...") joins it (detect._backgrounds).
    (
        "military_accident",
        0.6,
        r"\baccident(?:al|ally|s)?\b|\bmishaps?\b|\bexplod(?:ed|es|ing)\b|\bwent off\b|\bdetonated\b"
        r"|\b(?:caught|catching) fire\b|\b(?:fire|blaze|explosion|blast)s? (?:broke out|erupted|ripped|tore|swept"
        r"|rocked|shook|hit|engulfed|gutted|destroyed)\b"
        r"|\b(?:fire|blaze|explosion|blast)s? (?:at|in) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:depot|barracks|base|arsenal"
        r"|warehouse|hangar|garrison|academy|range)s?\b|\b(?:depot|barracks|arsenal|warehouse|hangar) (?:fire|blaze)\b"
        r"|\boverturn(?:ed|s)\b|\bflipped over\b|\brolled over\b|\bplung(?:ed|es)\b|\bskidded\b|\bveered off\b"
        r"|\bfell (?:into|off|from) (?:a |an |the )?(?:[\w-]+ )?(?:gorge|ravine|river|canal|cliff|bridge|road)\b"
        r"|\bdrown(?:ed|s|ing)\b|\bdischarg(?:ed|es)\b(?! from)|\bcollisions?\b|\bcollided\b|\bsank\b"
        r"|\bwhile (?:cleaning|handling|loading|unloading|servicing|repairing|dismantling)\b|\b(?:run|ran) over\b"
        r"|\b(?:fell|fall(?:ing|s)?) (?:overboard|through the ice)\b|\belectrocuted\b|\bhard landing\b",
        _MILITARY,
        _ADVERSARY,
    ),
    # other military incidents
    (
        "other",
        0.6,
        r"\bsabotage[ds]?\b|\bsaboteurs?\b|\barson\b|\bset (?:fire|ablaze) to\b|\bhijack(?:ed|ing)\b|\blooted\b"
        r"|\bsurrendered\b|\bopened fire on (?:his|their) (?:fellow|own) (?:soldiers|servicemen)\b|\bhazing\b"
        r"|\bhazed\b|\bshot (?:dead )?(?:[\w-]+ ){0,2}(?:comrades|fellow (?:soldiers|servicemen|officers))\b",
        None,
    ),
    (
        "other",
        0.7,
        r"\b(?:seized|hijacked|boarded) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:ship|vessel|carrier|tanker|freighter|boat)\b"
        r"|\bmassacre[ds]?\b|\b(?:parts|debris|fragments|wreckage|remains) of (?:a |an )?(?:[\w-]+ ){0,4}(?:drone"
        r"|missile|rocket|aircraft|jet)s? (?:(?:was|were|have been|has been|had been) )?(?:found|discovered)\b"
        # an aircraft forcing another down without a weapon: an unsafe intercept, a collision
        r"|\b(?:struck|hit|clipped|collided with) the (?:propeller|wing|tail|rotor)s? of\b",
        None,
    ),
    (
        "other",
        0.65,
        r"\b(?:executed|executing|massacred|massacring|summarily killed) (?:[\w-]+ ){0,3}(?:civilians|villagers"
        r"|residents|men|detainees|prisoners)\b",
        None,
    ),
    # A positive class of its own: hostage-taking, kidnapping by armed men, soldiers held by civilians, an
    # aircraft intercepted without a shot. None of these is a strike, a clash or an arrest by the state.
    (
        "other",
        0.8,
        r"\b(?:took|taken|taking|holding|held|seized) (?:[\w-]+ ){0,4}(?:as )?hostages?\b|\bhostage[- ]taking\b"
        r"|\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ing)|abductions?)\b"
        r"|\b(?:villagers|residents|locals|protesters|a crowd|crowds|a mob|tribesmen|farmers|women)\b[^.;]{0,40}?"
        r"\b(?:held|detained|seized|captured|surrounded|blocked|disarmed|beat|expelled|chased)\b[^.;]{0,40}?"
        r"\b(?:soldiers|troops|servicemen|officers|gendarmes|policemen|militiamen|a soldier|an officer)\b"
        r"|\bintercept(?:ed|ing|s)? (?:a |an |two |three |several )?(?:[\w-]+ ){0,3}(?:patrol |reconnaissance |spy )?"
        r"(?:aircraft|planes?|jets?|bombers?|fighters?|helicopters?|airliners?|vessels?|ships?|boats?|tankers?|dhows?"
        r"|shipments?)\b"
        r"|\bscrambled (?:[\w-]+ ){0,3}to (?:intercept|escort)\b"
        r"|\b(?:seizure|hijacking|capture|boarding) of (?:a |an |the )?(?:[\w-]+ ){0,4}(?:ship|vessel|tanker|freighter"
        r"|carrier|boat|dhow)s?\b|\binterception of (?:a |an |the )?(?:[\w-]+ ){0,3}(?:aircraft|plane|jet|bomber)s?\b",
        None,
    ),
    # Soldiers held by civilians: outranks an arrest the sentence gives as the cause ("protesting the arrest of ...").
    (
        "other",
        0.88,
        r"\b(?:were|was|been|being) (?:held|detained|seized|captured|surrounded|blocked|disarmed|beaten|taken hostage)"
        r" (?:[\w-]+ ){0,3}by (?:angry |local )?(?:villagers|residents|locals|protesters|a crowd|crowds|a mob"
        r"|tribesmen|farmers|women)\b",
        None,
    ),
    # A ship boarded, stormed or seized: outranks the clash words ("stormed", "took control of") it is told with.
    (
        "other",
        0.8,
        r"\b(?:stormed|seized|hijacked|commandeered|captured|took control of|storming)"
        r" (?:a |an |the )?(?:[\w-]+ ){0,3}(?:ship|vessel|tanker|freighter|carrier|boat|dhow|merchantman)s?\b",
        None,
    ),
    # armed men killing unarmed people: violence against civilians
    (
        "other",
        0.62,
        r"\b(?:gunmen|militants|assailants|attackers|jihadists|insurgents|bandits|militiamen|fighters)\b[^.;]{0,40}?"
        r"\b(?:killed|shot dead|massacred|executed)\b[^.;]{0,30}?\b(?:civilians|villagers|residents|worshippers"
        r"|farmers|passengers|herders|displaced people)\b",
        None,
    ),
    (
        "other",
        0.6,
        r"\b(?:displaced people|civilians|villagers|residents|worshippers|farmers|herders)\b (?:[\w-]+ ){0,3}"
        r"(?:were|was) (?:killed|massacred|executed|hacked)\b",
        None,
    ),
]


@dataclass(frozen=True)
class Cue:
    type: str
    weight: float
    pattern: re.Pattern[str]
    required: re.Pattern[str] | None
    forbidden: re.Pattern[str] | None = None


def _cue(row: tuple[str, float, str, str | None] | tuple[str, float, str, str | None, str]) -> Cue:
    kind, weight, pattern, required, *forbidden = row
    return Cue(
        kind,
        weight,
        re.compile(pattern),
        re.compile(required) if required else None,
        re.compile(forbidden[0]) if forbidden else None,
    )


TYPE_CUES: tuple[Cue, ...] = tuple(_cue(row) for row in _TABLE)

# Heavy weapons fired across a border or a front line: by the project's convention a strike even when the
# sentence calls it a clash ("border clashes involving artillery fire"); small-arms fire there stays a clash.
HEAVY_FIRE_ACROSS = re.compile(
    r"\b(?:artillery|mortars?|shell(?:s|ing|ed)?|rockets?|howitzers?|heavy weapons|missiles?)\b",
    re.IGNORECASE,
)
ACROSS_A_LINE = re.compile(
    r"\b(?:border|frontier|line of control|front ?line|line of contact|demarcation line|buffer zone)\b", re.IGNORECASE
)
SMALL_ARMS = re.compile(
    r"\b(?:small[- ]arms|machine[- ]guns?|rifles?|gunfire|gunmen|gun ?battles?|ambush\w*|stormed|overran|assaults?"
    r"|infantry|ground (?:attack|offensive|assault)|hand-to-hand|raid(?:ed)?)\b",
    re.IGNORECASE,
)

# People outside any armed force: a ground attack that kills only them is violence against civilians (`other`).
CIVILIAN_VICTIMS = re.compile(
    r"\b(?:killing|killed|massacring|massacred|executing|executed) (?:[\w-]+ ){0,3}(?:civilians|villagers|residents"
    r"|displaced people|farmers|worshippers|passengers)\b",
    re.IGNORECASE,
)
# A later sentence that tells a reported strike's weapon was not aimed: "the shell was fired during an exercise",
# "the munition had been released accidentally". The strike is retyped as an accidental release.
RELEASE_NOT_AIMED = re.compile(
    r"(?:" + _MUNITION + r"|\b(?:it|the weapon)\b)[^.;]{0,60}?(?:" + _NOT_AIMED + r"|\b(?:released|dropped|fired"
    r"|launched) (?:[\w-]+ ){0,2}?(?:accidentally|by accident|inadvertently|unintentionally|in error))\b",
    re.IGNORECASE,
)
# A refusal named as the reason for a repression: "sentenced for fleeing", "cases against soldiers who left".
PUNISHED_REFUSAL = re.compile(
    r"\b(?:for|who|after)\b[^.;]{0,60}?\b(?:fle(?:e|eing|d) (?:their|his|her|the) (?:positions?|posts?|units?)"
    r"|deserting|desertion|abandon(?:ed|ing) (?:their|his|her) (?:positions?|posts?|units?)|left (?:their|his|her)"
    r" (?:positions?|posts?|units?)|leaving (?:their|his|her) (?:positions?|posts?|units?)|refus(?:ed|ing) to (?:fight"
    r"|deploy|return|advance|obey|serve))\b",
    re.IGNORECASE,
)
# Members of a force: losses counted over a period are a unit's losses only when they are its members.
FORCE_MEMBERS = re.compile(
    r"\b(?:soldiers|fighters|troops|men|servicemen|marines|members|personnel|paratroopers|militiamen|conscripts"
    r"|commanders|officers|pilots|crew)\b",
    re.IGNORECASE,
)
# Nationality adjectives: the same one on the attacker and on the victim of a strike marks friendly fire.
DEMONYMS = words(
    """
    russian ukrainian israeli palestinian syrian sudanese malian burkinabe nigerien nigerian somali ethiopian
    eritrean yemeni saudi emirati iranian iraqi turkish kurdish armenian azerbaijani congolese rwandan burundian
    burmese american british french german chinese indian pakistani afghan lebanese egyptian libyan chadian
    cameroonian mozambican ugandan kenyan tigrayan georgian belarusian moldovan serbian polish jordanian
    """
)
