<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>QObject</name>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>target group,aggregate,count,points in polygon,buurt,wijk,gemeente,membership,penetration,suppression</source>
        <translation>doelgroep,aggregeren,tellen,punten in polygoon,buurt,wijk,gemeente,lidmaatschap,penetratie,afscherming</translation>
    </message>
    <message>
        <source>Scored households</source>
        <translation>Gescoorde huishoudens</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>Probability field</source>
        <translation>Kansveld</translation>
    </message>
    <message>
        <source>Reference-group field</source>
        <translation>Veld referentiegroep</translation>
    </message>
    <message>
        <source>Library members (expression)</source>
        <translation>Bibliotheekleden (expressie)</translation>
    </message>
    <message>
        <source>Suppress areas with fewer households than</source>
        <translation>Gebieden afschermen met minder huishoudens dan</translation>
    </message>
    <message>
        <source>Areas with target-group figures</source>
        <translation>Gebieden met doelgroepcijfers</translation>
    </message>
    <message>
        <source>Households in no area</source>
        <translation>Huishoudens in geen enkel gebied</translation>
    </message>
    <message>
        <source>Households in an area</source>
        <translation>Huishoudens in een gebied</translation>
    </message>
    <message>
        <source>Households inside more than one area</source>
        <translation>Huishoudens in meer dan één gebied</translation>
    </message>
    <message>
        <source>AREAS</source>
        <translation>AREAS</translation>
    </message>
    <message>
        <source>INPUT has no probability field &quot;%1&quot; (PROB_FIELD). Run &quot;Score households&quot; first, or choose the field that holds the probability (0..1).</source>
        <translation>INPUT heeft geen kansveld &quot;%1&quot; (PROB_FIELD). Voer eerst &quot;Huishoudens scoren&quot; uit, of kies het veld met de kans (0..1).</translation>
    </message>
    <message>
        <source>The probability field &quot;%1&quot; (PROB_FIELD) of INPUT is not numeric.</source>
        <translation>Het kansveld &quot;%1&quot; (PROB_FIELD) van INPUT is niet numeriek.</translation>
    </message>
    <message>
        <source>INPUT has no reference-group field &quot;%1&quot; (REF_FIELD). Run &quot;Score households&quot; first, or choose the 0/1 field that marks the reference group.</source>
        <translation>INPUT heeft geen veld &quot;%1&quot; voor de referentiegroep (REF_FIELD). Voer eerst &quot;Huishoudens scoren&quot; uit, of kies het 0/1-veld dat de referentiegroep aangeeft.</translation>
    </message>
    <message>
        <source>MIN_COUNT must be 0 or more, not %1.</source>
        <translation>MIN_COUNT moet 0 of meer zijn, niet %1.</translation>
    </message>
    <message>
        <source>%1 areas indexed.</source>
        <translation>%1 gebieden geïndexeerd.</translation>
    </message>
    <message>
        <source>Household %1 of INPUT has %2 in the probability field &quot;%3&quot; (PROB_FIELD); every household needs a probability from 0 to 1. Score all households, or select the scored ones first.</source>
        <translation>Huishouden %1 van INPUT heeft %2 in het kansveld &quot;%3&quot; (PROB_FIELD); elk huishouden heeft een kans van 0 tot en met 1 nodig. Scoor alle huishoudens, of selecteer eerst de gescoorde huishoudens.</translation>
    </message>
    <message>
        <source>Internal error: %1 matched + %2 unmatched households differ from the %3 read. Please report this.</source>
        <translation>Interne fout: %1 toegewezen + %2 niet-toegewezen huishoudens wijken af van de %3 gelezen huishoudens. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>%1 households lie in no area of AREAS or have no geometry; they are not in any area&apos;s figures%2.</source>
        <translation>%1 huishoudens liggen in geen enkel gebied van AREAS of hebben geen geometrie; ze tellen in geen enkel gebied mee%2.</translation>
    </message>
    <message>
        <source> (see UNMATCHED_OUTPUT)</source>
        <translation> (zie UNMATCHED_OUTPUT)</translation>
    </message>
    <message>
        <source>%1 areas have fewer than %2 households and are suppressed.</source>
        <translation>%1 gebieden hebben minder dan %2 huishoudens en zijn afgeschermd.</translation>
    </message>
    <message>
        <source>%1: %2 invalid area geometries were repaired (make valid) for the point test; feature ids: %3.</source>
        <translation>%1: %2 ongeldige gebiedsgeometrieën zijn gerepareerd (geldig gemaakt) voor de punt-in-polygoontoets; object-id&apos;s: %3.</translation>
    </message>
    <message>
        <source>Aggregate households to areas</source>
        <translation>Huishoudens aggregeren naar gebieden</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>No area geometries to draw.</source>
        <translation>Geen gebiedsgeometrieën om te tekenen.</translation>
    </message>
    <message>
        <source>target group,report,map,choropleth,html,png,top areas,membership,reach,untapped</source>
        <translation>doelgroep,rapport,kaart,choropleet,html,png,topgebieden,lidmaatschap,bereik,onbenut</translation>
    </message>
    <message>
        <source>Profile (for the soft characteristics)</source>
        <translation>Profiel (voor de zachte kenmerken)</translation>
    </message>
    <message>
        <source>Target group profile (*.json *.JSON)</source>
        <translation>Doelgroepprofiel (*.json *.JSON)</translation>
    </message>
    <message>
        <source>Prevalence used in scoring (0–1, for the methods section)</source>
        <translation>Bij het scoren gebruikte prevalentie (0–1, voor de methodensectie)</translation>
    </message>
    <message>
        <source>Suppression threshold used in aggregation (for the legend)</source>
        <translation>Bij het aggregeren gebruikte afschermingsdrempel (voor de legenda)</translation>
    </message>
    <message>
        <source>Number of top areas to list</source>
        <translation>Aantal topgebieden in de lijst</translation>
    </message>
    <message>
        <source>Area name field</source>
        <translation>Veld met gebiedsnaam</translation>
    </message>
    <message>
        <source>Area report</source>
        <translation>Gebiedsrapport</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-bestanden (*.html *.htm)</translation>
    </message>
    <message>
        <source>Map image</source>
        <translation>Kaartafbeelding</translation>
    </message>
    <message>
        <source>PNG files (*.png)</source>
        <translation>PNG-bestanden (*.png)</translation>
    </message>
    <message>
        <source>Areas in the report</source>
        <translation>Gebieden in het rapport</translation>
    </message>
    <message>
        <source>Suppressed areas</source>
        <translation>Afgeschermde gebieden</translation>
    </message>
    <message>
        <source>AREAS (%1) lacks the fields %2. Use the output of &quot;Aggregate households to areas&quot; or &quot;Roll up areas&quot; as AREAS.</source>
        <translation>AREAS (%1) mist de velden %2. Gebruik de uitvoer van &quot;Huishoudens aggregeren naar gebieden&quot; of &quot;Gebieden opschalen&quot; als AREAS.</translation>
    </message>
    <message>
        <source>AREAS (%1) has no field &quot;%2&quot; (NAME_FIELD). Choose one of its fields, or leave NAME_FIELD empty.</source>
        <translation>AREAS (%1) heeft geen veld &quot;%2&quot; (NAME_FIELD). Kies een van de velden van de laag, of laat NAME_FIELD leeg.</translation>
    </message>
    <message>
        <source>PREVALENCE is %1; it must be a share between 0 and 1 (e.g. 0.10 for 10%).</source>
        <translation>PREVALENCE is %1; dit moet een aandeel tussen 0 en 1 zijn (bijvoorbeeld 0.10 voor 10%).</translation>
    </message>
    <message>
        <source>TOP_N must be 1 or more, not %1.</source>
        <translation>TOP_N moet 1 of meer zijn, niet %1.</translation>
    </message>
    <message>
        <source>OUTPUT_HTML is not set: choose a file for the report.</source>
        <translation>OUTPUT_HTML is niet ingesteld: kies een bestand voor het rapport.</translation>
    </message>
    <message>
        <source>Could not create the temporary layer for the map of AREAS (%1).</source>
        <translation>Kon de tijdelijke laag voor de kaart van AREAS (%1) niet maken.</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Gebied %1</translation>
    </message>
    <message>
        <source>(no name, feature %1)</source>
        <translation>(geen naam, object %1)</translation>
    </message>
    <message>
        <source>Could not copy the areas of AREAS (%1) for the map: %2</source>
        <translation>Kon de gebieden van AREAS (%1) niet kopiëren voor de kaart: %2</translation>
    </message>
    <message>
        <source>Expected share of target-group households</source>
        <translation>Verwacht aandeel doelgroephuishoudens</translation>
    </message>
    <message>
        <source>Map rendering: %1</source>
        <translation>Kaart renderen: %1</translation>
    </message>
    <message>
        <source>Could not write the map image %1. Check that the folder exists and is writable.</source>
        <translation>Kon de kaartafbeelding %1 niet schrijven. Controleer of de map bestaat en of u er mag schrijven.</translation>
    </message>
    <message>
        <source>Target group: areas</source>
        <translation>Doelgroep: gebieden</translation>
    </message>
    <message>
        <source>Areas: %1 (%2 areas, %3 suppressed).</source>
        <translation>Gebieden: %1 (%2 gebieden, %3 afgeschermd).</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Map of the expected share of target-group households per area</source>
        <translation>Kaart van het verwachte aandeel doelgroephuishoudens per gebied</translation>
    </message>
    <message>
        <source>Where the target group lives: top %1 areas by expected target households</source>
        <translation>Waar de doelgroep woont: top %1 gebieden naar verwacht aantal doelgroephuishoudens</translation>
    </message>
    <message>
        <source>No area has an estimate (all are suppressed or empty).</source>
        <translation>Geen enkel gebied heeft een schatting (alle gebieden zijn afgeschermd of leeg).</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Expected target households</source>
        <translation>Verwachte doelgroephuishoudens</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Reached by members</source>
        <translation>Waarvan lid</translation>
    </message>
    <message>
        <source>Membership reach</source>
        <translation>Bereik onder bibliotheekleden</translation>
    </message>
    <message>
        <source>Of the %1 target-group households expected in the areas shown, %2 are expected among library members: a reach of %3. %4 expected target households are not yet members.</source>
        <translation>Van de %1 verwachte doelgroephuishoudens in de getoonde gebieden zijn er naar verwachting %2 lid van de bibliotheek: een bereik van %3. %4 verwachte doelgroephuishoudens zijn nog geen lid.</translation>
    </message>
    <message>
        <source>Untapped potential: top %1 areas by expected target households who are not members</source>
        <translation>Onbenut potentieel: top %1 gebieden naar verwacht aantal doelgroephuishoudens dat geen lid is</translation>
    </message>
    <message>
        <source>Untapped (expected non-members)</source>
        <translation>Onbenut (verwachte niet-leden)</translation>
    </message>
    <message>
        <source>Membership is not known for these areas (no MEMBER expression was given when aggregating), so reach and untapped potential cannot be shown.</source>
        <translation>Het lidmaatschap is voor deze gebieden niet bekend (bij het aggregeren is geen MEMBER-expressie opgegeven), dus bereik en onbenut potentieel kunnen niet worden getoond.</translation>
    </message>
    <message>
        <source>Soft characteristics for outreach</source>
        <translation>Zachte kenmerken om de doelgroep te bereiken</translation>
    </message>
    <message>
        <source>No profile was given (PROFILE), so the soft characteristics are not shown.</source>
        <translation>Er is geen profiel opgegeven (PROFILE), dus de zachte kenmerken worden niet getoond.</translation>
    </message>
    <message>
        <source>The profile has no descriptive fields (DESCRIPTIVE_FIELDS of &quot;Build target group profile&quot;).</source>
        <translation>Het profiel heeft geen beschrijvende velden (DESCRIPTIVE_FIELDS van &quot;Doelgroepprofiel maken&quot;).</translation>
    </message>
    <message>
        <source>Interests, media and habits that set the target group apart (index 100 = as common as in the profile&apos;s comparison base; bold = the 95% interval excludes 100). Use the high ones to choose channels and messages.</source>
        <translation>Interesses, media en gewoonten waarin de doelgroep zich onderscheidt (index 100 = even gewoon als in de vergelijkingsbasis van het profiel; vet = het 95%-interval bevat 100 niet). Gebruik de hoge waarden om kanalen en boodschappen te kiezen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Methods and caveats</source>
        <translation>Methoden en kanttekeningen</translation>
    </message>
    <message>
        <source>Every household has an estimated probability of belonging to the target group, from how much it resembles the seed households in the profile. These are estimates for groups of households, not facts about any one household.</source>
        <translation>Elk huishouden heeft een geschatte kans om tot de doelgroep te behoren, afgeleid van hoe sterk het lijkt op de voorbeeldhuishoudens in het profiel. Dit zijn schattingen voor groepen huishoudens, geen feiten over een afzonderlijk huishouden.</translation>
    </message>
    <message>
        <source>An area&apos;s expected number of target households is the sum of its households&apos; probabilities. The 95% interval shows the chance variation of that count; it does not include the uncertainty of the profile itself, so the real uncertainty is larger. Rank areas with overlapping intervals as equals.</source>
        <translation>Het verwachte aantal doelgroephuishoudens in een gebied is de som van de kansen van zijn huishoudens. Het 95%-interval toont de toevalsvariatie van dat aantal; de onzekerheid van het profiel zelf zit er niet in, dus de werkelijke onzekerheid is groter. Beschouw gebieden met overlappende intervallen als gelijkwaardig.</translation>
    </message>
    <message>
        <source>Areas with fewer than %1 households are suppressed: they are grey on the map, have no figures and are left out of the rankings and totals (%2 of %3 areas).</source>
        <translation>Gebieden met minder dan %1 huishoudens zijn afgeschermd: ze zijn grijs op de kaart, hebben geen cijfers en blijven buiten de ranglijsten en totalen (%2 van %3 gebieden).</translation>
    </message>
    <message>
        <source>Areas with too few households are suppressed: they are grey on the map, have no figures and are left out of the rankings and totals (%1 of %2 areas).</source>
        <translation>Gebieden met te weinig huishoudens zijn afgeschermd: ze zijn grijs op de kaart, hebben geen cijfers en blijven buiten de ranglijsten en totalen (%1 van %2 gebieden).</translation>
    </message>
    <message>
        <source>The probabilities were calibrated to a prevalence of %1 of households; over the areas shown the expected share is %2.</source>
        <translation>De kansen zijn gekalibreerd op een prevalentie van %1 van de huishoudens; over de getoonde gebieden is het verwachte aandeel %2.</translation>
    </message>
    <message>
        <source>The prevalence used in scoring was not given to this report; over the areas shown the expected share is %1.</source>
        <translation>De prevalentie die bij het scoren is gebruikt, is niet aan dit rapport doorgegeven; over de getoonde gebieden is het verwachte aandeel %1.</translation>
    </message>
    <message>
        <source>Profile: %1 seed households (%2) compared with %3 households (%4); file %5.</source>
        <translation>Profiel: %1 voorbeeldhuishoudens (%2) vergeleken met %3 huishoudens (%4); bestand %5.</translation>
    </message>
    <message>
        <source>all households</source>
        <translation>alle huishoudens</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Kon het rapport %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Report written to %1, map to %2.</source>
        <translation>Rapport geschreven naar %1, kaart naar %2.</translation>
    </message>
    <message>
        <source>Target group area report</source>
        <translation>Gebiedsrapport doelgroep</translation>
    </message>
    <message>
        <source>Build target group profile</source>
        <translation>Doelgroepprofiel maken</translation>
    </message>
    <message>
        <source>profile,seed,index,target group,geodemographic,literacy,library,nt1</source>
        <translation>profiel,voorbeeldgroep,seed,index,doelgroep,geodemografisch,laaggeletterdheid,geletterdheid,bibliotheek,nt1</translation>
    </message>
    <message>
        <source>Compares seed households with a comparison base and writes the target-group profile.</source>
        <translation>Vergelijkt voorbeeldhuishoudens met een vergelijkingsbasis en schrijft het doelgroepprofiel.</translation>
    </message>
    <message>
        <source>Seed households (expression)</source>
        <translation>Voorbeeldhuishoudens (expressie)</translation>
    </message>
    <message>
        <source>Comparison base (expression; empty: all households)</source>
        <translation>Vergelijkingsbasis (expressie; leeg: alle huishoudens)</translation>
    </message>
    <message>
        <source>Profile fields (used for scoring)</source>
        <translation>Profielvelden (gebruikt voor het scoren)</translation>
    </message>
    <message>
        <source>Descriptive fields (reported, not scored)</source>
        <translation>Beschrijvende velden (gerapporteerd, niet gescoord)</translation>
    </message>
    <message>
        <source>Quantile bins for numeric fields</source>
        <translation>Kwantielklassen voor numerieke velden</translation>
    </message>
    <message>
        <source>Minimum cell size (smaller categories are merged into &quot;(other)&quot;)</source>
        <translation>Minimale celgrootte (kleinere categorieën worden samengevoegd in &quot;(other)&quot;)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Profile JSON (*.json)</source>
        <translation>Profiel-JSON (*.json)</translation>
    </message>
    <message>
        <source>Profile table</source>
        <translation>Profieltabel</translation>
    </message>
    <message>
        <source>Profile report</source>
        <translation>Profielrapport</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-bestanden (*.html)</translation>
    </message>
    <message>
        <source>Seed households</source>
        <translation>Voorbeeldhuishoudens</translation>
    </message>
    <message>
        <source>Base households</source>
        <translation>Huishoudens in de vergelijkingsbasis</translation>
    </message>
    <message>
        <source>No seed expression given. Set SEED to an expression that selects the seed households, e.g. &quot;easy_read_loans&quot; &gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;.</source>
        <translation>Geen expressie voor de voorbeeldgroep opgegeven. Stel SEED in op een expressie die de voorbeeldhuishoudens selecteert, bijvoorbeeld &quot;easy_read_loans&quot; &gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;.</translation>
    </message>
    <message>
        <source>No profile fields given. Choose in FIELDS the household characteristics to profile and score on (e.g. age_class, education, income).</source>
        <translation>Geen profielvelden opgegeven. Kies in FIELDS de huishoudkenmerken waarop geprofileerd en gescoord wordt (bijvoorbeeld age_class, education, income).</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is not in layer &apos;%2&apos;. Choose one of its fields: %3.</source>
        <translation>Veld &apos;%1&apos; komt niet voor in laag &apos;%2&apos;. Kies een van de velden van die laag: %3.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is given twice (as a profile field and as a descriptive field); it is used once, for scoring.</source>
        <translation>Veld &apos;%1&apos; is twee keer opgegeven (als profielveld en als beschrijvend veld); het wordt één keer gebruikt, voor het scoren.</translation>
    </message>
    <message>
        <source>The %1 expression %2 cannot be parsed: %3. Correct the expression (field names in double quotes, text in single quotes).</source>
        <translation>De %1-expressie %2 bevat een fout: %3. Verbeter de expressie (veldnamen tussen dubbele aanhalingstekens, tekst tussen enkele aanhalingstekens).</translation>
    </message>
    <message>
        <source>%1 seed households (SEED %2) are outside the comparison base (BASE %3). The seed must be part of the base: widen the BASE expression (or leave it empty for all households), or narrow SEED.</source>
        <translation>%1 voorbeeldhuishoudens (SEED %2) vallen buiten de vergelijkingsbasis (BASE %3). De voorbeeldgroep moet deel uitmaken van de vergelijkingsbasis: verruim de BASE-expressie (of laat die leeg voor alle huishoudens), of maak SEED strenger.</translation>
    </message>
    <message>
        <source>No seed households: none of the %1 households of layer &apos;%2&apos; in the base matches SEED %3. Check the expression and the field values (text values are case-sensitive).</source>
        <translation>Geen voorbeeldhuishoudens: geen van de %1 huishoudens van laag &apos;%2&apos; in de vergelijkingsbasis voldoet aan SEED %3. Controleer de expressie en de veldwaarden (tekstwaarden zijn hoofdlettergevoelig).</translation>
    </message>
    <message>
        <source>Households read: %1; in the comparison base: %2; outside it: %3; seed: %4.</source>
        <translation>Huishoudens gelezen: %1; in de vergelijkingsbasis: %2; erbuiten: %3; voorbeeldgroep: %4.</translation>
    </message>
    <message>
        <source> The widest interval is %1 = %2: index %3, 95% interval %4 to %5.</source>
        <translation> Het breedste interval is %1 = %2: index %3, 95%-interval %4 tot %5.</translation>
    </message>
    <message>
        <source>The seed has only %1 households (fewer than %2): indices are uncertain.%3</source>
        <translation>De voorbeeldgroep telt maar %1 huishoudens (minder dan %2): de indexen zijn onzeker.%3</translation>
    </message>
    <message>
        <source>Target group: full analysis</source>
        <translation>Doelgroep: volledige analyse</translation>
    </message>
    <message>
        <source>model,profile,score,aggregate,rollup,report,target group,library</source>
        <translation>model,profiel,scoren,aggregeren,opschalen,rapport,doelgroep,bibliotheek</translation>
    </message>
    <message>
        <source>Descriptive fields (soft characteristics)</source>
        <translation>Beschrijvende velden (zachte kenmerken)</translation>
    </message>
    <message>
        <source>Expected share of target-group households (0–1)</source>
        <translation>Verwacht aandeel doelgroephuishoudens (0–1)</translation>
    </message>
    <message>
        <source>Finest areas (e.g. buurten or wijken)</source>
        <translation>Fijnste gebieden (bijvoorbeeld buurten of wijken)</translation>
    </message>
    <message>
        <source>Middle areas (e.g. gemeenten)</source>
        <translation>Middelste gebieden (bijvoorbeeld gemeenten)</translation>
    </message>
    <message>
        <source>Coarse areas (e.g. provincies)</source>
        <translation>Grofste gebieden (bijvoorbeeld provincies)</translation>
    </message>
    <message>
        <source>Minimum cell size of the profile</source>
        <translation>Minimale celgrootte van het profiel</translation>
    </message>
    <message>
        <source>Finest areas with target-group figures</source>
        <translation>Fijnste gebieden met doelgroepcijfers</translation>
    </message>
    <message>
        <source>Middle areas with target-group figures</source>
        <translation>Middelste gebieden met doelgroepcijfers</translation>
    </message>
    <message>
        <source>Coarse areas with target-group figures</source>
        <translation>Grofste gebieden met doelgroepcijfers</translation>
    </message>
    <message>
        <source>Expected target-group households</source>
        <translation>Verwachte doelgroephuishoudens</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; failed: %2</source>
        <translation>Stap &apos;%1&apos; is mislukt: %2</translation>
    </message>
    <message>
        <source>%1% of households</source>
        <translation>%1% van de huishoudens</translation>
    </message>
    <message>
        <source>%1% chance</source>
        <translation>%1% kans</translation>
    </message>
    <message>
        <source>Suppressed: fewer than %1 households</source>
        <translation>Afgeschermd: minder dan %1 huishoudens</translation>
    </message>
    <message>
        <source>Suppressed: too few households to show</source>
        <translation>Afgeschermd: te weinig huishoudens om te tonen</translation>
    </message>
    <message>
        <source>No estimate (no households)</source>
        <translation>Geen schatting (geen huishoudens)</translation>
    </message>
    <message>
        <source>Target group default style</source>
        <translation>Standaardstijl doelgroep</translation>
    </message>
    <message>
        <source>layer_styles of %1</source>
        <translation>layer_styles van %1</translation>
    </message>
    <message>
        <source>%1 is not a file, so no .qml can be written beside it.</source>
        <translation>%1 is geen bestand, dus er kan geen .qml naast worden geschreven.</translation>
    </message>
    <message>
        <source>The output %1 has no %2 field; it keeps the default style.</source>
        <translation>De uitvoer %1 heeft geen veld %2; de laag houdt de standaardstijl.</translation>
    </message>
    <message>
        <source>Could not open %1 to store its default style.</source>
        <translation>Kon %1 niet openen om de standaardstijl op te slaan.</translation>
    </message>
    <message>
        <source>%1 has no %2 field; no default style was stored.</source>
        <translation>%1 heeft geen veld %2; er is geen standaardstijl opgeslagen.</translation>
    </message>
    <message>
        <source>Could not store the default style of %1: %2</source>
        <translation>Kon de standaardstijl van %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Default style stored in %1.</source>
        <translation>Standaardstijl opgeslagen in %1.</translation>
    </message>
    <message>
        <source>%1 has no %2 field; it keeps the default style.</source>
        <translation>%1 heeft geen veld %2; de laag houdt de standaardstijl.</translation>
    </message>
    <message>
        <source>Profile %1 has format version %2, but this version of targetgroup reads format version %3. Rebuild the profile with &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1 heeft formaatversie %2, maar deze versie van targetgroup leest formaatversie %3. Maak het profiel opnieuw met &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>Could not write the profile to %1: %2</source>
        <translation>Kon het profiel niet schrijven naar %1: %2</translation>
    </message>
    <message>
        <source>Could not open the profile %1: %2. Give the .json file written by &apos;Build target group profile&apos;.</source>
        <translation>Kon het profiel %1 niet openen: %2. Geef het .json-bestand op dat is geschreven door &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>Target group profile</source>
        <translation>Doelgroepprofiel</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Laag: %1</translation>
    </message>
    <message>
        <source>Comparison base</source>
        <translation>Vergelijkingsbasis</translation>
    </message>
    <message>
        <source>Index 100 = the same share as in the comparison base. Bars show the index, black lines its 95% interval; blue = significantly over-represented, red = significantly under-represented, grey = not significant. Categories with fewer than %1 seed or base households are merged into &quot;(other)&quot;.</source>
        <translation>Index 100 = hetzelfde aandeel als in de vergelijkingsbasis. Balken tonen de index, zwarte lijnen het 95%-interval; blauw = significant oververtegenwoordigd, rood = significant ondervertegenwoordigd, grijs = niet significant. Categorieën met minder dan %1 voorbeeld- of basishuishoudens zijn samengevoegd in &quot;(other)&quot;.</translation>
    </message>
    <message>
        <source>Soft characteristics (sorted by index)</source>
        <translation>Zachte kenmerken (gesorteerd op index)</translation>
    </message>
    <message>
        <source>Interests, media and buying behaviour that set the seed apart: use the high ones to reach and hold the target group.</source>
        <translation>Interesses, media en koopgedrag waarin de voorbeeldgroep zich onderscheidt: gebruik de hoge waarden om de doelgroep te bereiken en vast te houden.</translation>
    </message>
    <message>
        <source>%1 (feature %2)</source>
        <translation>%1 (object %2)</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message>
        <source>target group,roll up,aggregate,buurt,wijk,gemeente,provincie,hierarchy,suppression</source>
        <translation>doelgroep,opschalen,aggregeren,buurt,wijk,gemeente,provincie,hiërarchie,afscherming</translation>
    </message>
    <message>
        <source>Fine areas (output of Aggregate households to areas, MIN_COUNT 0)</source>
        <translation>Fijne gebieden (uitvoer van Huishoudens aggregeren naar gebieden, MIN_COUNT 0)</translation>
    </message>
    <message>
        <source>Coarse areas</source>
        <translation>Grove gebieden</translation>
    </message>
    <message>
        <source>Join fine to coarse areas</source>
        <translation>Fijne gebieden koppelen aan grove gebieden</translation>
    </message>
    <message>
        <source>By code (CBS code prefix)</source>
        <translation>Op code (begin van de CBS-code)</translation>
    </message>
    <message>
        <source>Spatially (point on surface of each fine area)</source>
        <translation>Ruimtelijk (punt op oppervlak van elk fijn gebied)</translation>
    </message>
    <message>
        <source>Code field of the fine areas</source>
        <translation>Codeveld van de fijne gebieden</translation>
    </message>
    <message>
        <source>Code field of the coarse areas</source>
        <translation>Codeveld van de grove gebieden</translation>
    </message>
    <message>
        <source>Fine areas in a coarse area</source>
        <translation>Fijne gebieden in een grof gebied</translation>
    </message>
    <message>
        <source>Fine areas in no coarse area</source>
        <translation>Fijne gebieden in geen enkel grof gebied</translation>
    </message>
    <message>
        <source>Households of the fine areas in no coarse area</source>
        <translation>Huishoudens van de fijne gebieden in geen enkel grof gebied</translation>
    </message>
    <message>
        <source>INPUT has no field &quot;%1&quot;: roll up the output of &quot;Aggregate households to areas&quot; (targetgroup:aggregateareas).</source>
        <translation>INPUT heeft geen veld &quot;%1&quot;: schaal de uitvoer van &quot;Huishoudens aggregeren naar gebieden&quot; (targetgroup:aggregateareas) op.</translation>
    </message>
    <message>
        <source>INPUT has no code field &quot;%1&quot; (FINE_CODE_FIELD), needed to join by code. Choose the field with the CBS codes (e.g. statcode, buurtcode), or join spatially.</source>
        <translation>INPUT heeft geen codeveld &quot;%1&quot; (FINE_CODE_FIELD), dat nodig is om op code te koppelen. Kies het veld met de CBS-codes (bijvoorbeeld statcode, buurtcode), of koppel ruimtelijk.</translation>
    </message>
    <message>
        <source>AREAS has no code field &quot;%1&quot; (COARSE_CODE_FIELD), needed to join by code. Choose the field with the CBS codes (e.g. statcode, gemeentecode), or join spatially.</source>
        <translation>AREAS heeft geen codeveld &quot;%1&quot; (COARSE_CODE_FIELD), dat nodig is om op code te koppelen. Kies het veld met de CBS-codes (bijvoorbeeld statcode, gemeentecode), of koppel ruimtelijk.</translation>
    </message>
    <message>
        <source>AREAS has the code %1 more than once (feature %2, field COARSE_CODE_FIELD); codes must be unique to join by code.</source>
        <translation>AREAS bevat de code %1 meer dan eens (object %2, veld COARSE_CODE_FIELD); om op code te koppelen moeten de codes uniek zijn.</translation>
    </message>
    <message>
        <source>Fine area %1 of INPUT is suppressed, so its sums are withheld and a rollup would undercount. Run &quot;Aggregate households to areas&quot; with MIN_COUNT 0 for the layer you roll up (keep it unpublished); this algorithm applies MIN_COUNT to the coarse areas.</source>
        <translation>Fijn gebied %1 van INPUT is afgeschermd, dus de sommen ervan ontbreken en opschalen zou te weinig tellen. Voer &quot;Huishoudens aggregeren naar gebieden&quot; uit met MIN_COUNT 0 voor de laag die u opschaalt (en publiceer die laag niet); dit algoritme past MIN_COUNT toe op de grove gebieden.</translation>
    </message>
    <message>
        <source>Fine area %1 of INPUT has no value in &quot;%2&quot;; roll up an unedited output of &quot;Aggregate households to areas&quot;.</source>
        <translation>Fijn gebied %1 van INPUT heeft geen waarde in &quot;%2&quot;; schaal een onbewerkte uitvoer van &quot;Huishoudens aggregeren naar gebieden&quot; op.</translation>
    </message>
    <message>
        <source>%1 fine areas (%2 households) lie in no coarse area and are not in any coarse figure: %3%4.</source>
        <translation>%1 fijne gebieden (%2 huishoudens) liggen in geen enkel grof gebied en tellen in geen enkel grof gebied mee: %3%4.</translation>
    </message>
    <message>
        <source> and more</source>
        <translation> en meer</translation>
    </message>
    <message>
        <source>Only %1 of %2 fine areas have membership figures (mem_total); membership fields are left NULL.</source>
        <translation>Slechts %1 van %2 fijne gebieden hebben ledencijfers (mem_total); de lidmaatschapsvelden blijven NULL.</translation>
    </message>
    <message>
        <source>Roll up areas</source>
        <translation>Gebieden opschalen</translation>
    </message>
    <message>
        <source>target group,score,probability,calibration,reference group,lookalike,literacy,profile</source>
        <translation>doelgroep,scoren,kans,kalibratie,referentiegroep,lookalike,geletterdheid,laaggeletterdheid,profiel</translation>
    </message>
    <message>
        <source>Profile (.json written by Build profile)</source>
        <translation>Profiel (.json geschreven door Doelgroepprofiel maken)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Profile likelihood</source>
        <translation>Profiel-likelihood</translation>
    </message>
    <message>
        <source>Central-profile similarity (for comparison)</source>
        <translation>Gelijkenis met centraal profiel (ter vergelijking)</translation>
    </message>
    <message>
        <source>Areas with a prevalence estimate</source>
        <translation>Gebieden met een prevalentieschatting</translation>
    </message>
    <message>
        <source>Prevalence estimate field (share 0–1 or percentage)</source>
        <translation>Veld met prevalentieschatting (aandeel 0–1 of percentage)</translation>
    </message>
    <message>
        <source>Expected target-group households (Σ tg_prob)</source>
        <translation>Verwachte doelgroephuishoudens (Σ tg_prob)</translation>
    </message>
    <message>
        <source>Households in the reference group</source>
        <translation>Huishoudens in de referentiegroep</translation>
    </message>
    <message>
        <source>Values absent from the profile (scored neutral)</source>
        <translation>Waarden die niet in het profiel voorkomen (neutraal gescoord)</translation>
    </message>
    <message>
        <source>No profile given: set PROFILE to a .json file written by Build profile.</source>
        <translation>Geen profiel opgegeven: stel PROFILE in op een .json-bestand dat is geschreven door Doelgroepprofiel maken.</translation>
    </message>
    <message>
        <source>The profile %1 cannot score households: %2. Build it again with at least one scoring field and a non-empty seed.</source>
        <translation>Met het profiel %1 kunnen geen huishoudens worden gescoord: %2. Maak het profiel opnieuw met minstens één scoreveld en een niet-lege voorbeeldgroep.</translation>
    </message>
    <message>
        <source>INPUT has no field %1, which the profile scores on. Score a layer with the fields the profile was built from (same names), or build the profile without them.</source>
        <translation>INPUT heeft geen veld %1, waarop het profiel scoort. Scoor een laag met de velden waaruit het profiel is gemaakt (dezelfde namen), of maak het profiel zonder die velden.</translation>
    </message>
    <message>
        <source>PREVALENCE_AREAS is set but PREVALENCE_FIELD is not: choose the field of the areas that holds the estimated share.</source>
        <translation>PREVALENCE_AREAS is ingesteld, maar PREVALENCE_FIELD niet: kies het veld van de gebieden dat het geschatte aandeel bevat.</translation>
    </message>
    <message>
        <source>PREVALENCE_AREAS has no field “%1” (PREVALENCE_FIELD). Choose one of its fields.</source>
        <translation>PREVALENCE_AREAS heeft geen veld “%1” (PREVALENCE_FIELD). Kies een van de velden van die laag.</translation>
    </message>
    <message>
        <source>PREVALENCE_FIELD “%1” is not numeric (it is %2). Convert it to a decimal field, e.g. with the field calculator (to_real(&quot;%1&quot;)).</source>
        <translation>PREVALENCE_FIELD “%1” is niet numeriek (het is %2). Zet het om naar een decimaal veld, bijvoorbeeld met de veldberekening (to_real(&quot;%1&quot;)).</translation>
    </message>
    <message>
        <source>Area feature %1 of PREVALENCE_AREAS has no usable value in “%2” (%3). Fill in its estimate or filter the area out.</source>
        <translation>Gebiedsobject %1 van PREVALENCE_AREAS heeft geen bruikbare waarde in “%2” (%3). Vul de schatting in of filter het gebied weg.</translation>
    </message>
    <message>
        <source>Area feature %1 of PREVALENCE_AREAS has %2 = %3, outside 0–1 (share) and 0–100 (percentage). Correct the estimate.</source>
        <translation>Gebiedsobject %1 van PREVALENCE_AREAS heeft %2 = %3, buiten 0–1 (aandeel) en 0–100 (percentage). Verbeter de schatting.</translation>
    </message>
    <message>
        <source>%1 has values above 1: read as percentages (divided by 100).</source>
        <translation>%1 heeft waarden boven 1: gelezen als percentages (gedeeld door 100).</translation>
    </message>
    <message>
        <source>Field “%1”: value “%2” does not occur in the profile; scored as neutral.</source>
        <translation>Veld “%1”: waarde “%2” komt niet voor in het profiel; neutraal gescoord.</translation>
    </message>
    <message>
        <source>INPUT has no geometry: PREVALENCE_AREAS cannot apply, every household uses PREVALENCE.</source>
        <translation>INPUT heeft geen geometrie: PREVALENCE_AREAS kan niet worden toegepast, elk huishouden gebruikt PREVALENCE.</translation>
    </message>
    <message numerus="yes">
        <source>%n more value(s) absent from the profile, not listed above.</source>
        <translation>
            <numerusform>Nog %n waarde die niet in het profiel voorkomt en hierboven niet is vermeld.</numerusform>
            <numerusform>Nog %n waarden die niet in het profiel voorkomen en hierboven niet zijn vermeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 households lie in a PREVALENCE_AREAS area; %2 lie outside every area or have no geometry and use PREVALENCE = %3.</source>
        <translation>%1 huishoudens liggen in een gebied van PREVALENCE_AREAS; %2 liggen buiten elk gebied of hebben geen geometrie en gebruiken PREVALENCE = %3.</translation>
    </message>
    <message>
        <source>Σ tg_prob = %1 (target %2); reference group %3 households; %4 value(s) absent from the profile.</source>
        <translation>Σ tg_prob = %1 (doel %2); referentiegroep %3 huishoudens; %4 waarde(n) die niet in het profiel voorkomen.</translation>
    </message>
    <message>
        <source>Score households needs its calibration pass over all households first; it cannot score features one at a time (e.g. in-place editing).</source>
        <translation>Huishoudens scoren heeft eerst een kalibratiedoorgang over alle huishoudens nodig; het kan geen objecten één voor één scoren (bijvoorbeeld bij Objecten op hun plaats bewerken).</translation>
    </message>
    <message>
        <source>Score households</source>
        <translation>Huishoudens scoren</translation>
    </message>
    <message>
        <source>synthetic,households,demo,random,points,geodemographic,low literacy,test data,benchmark</source>
        <translation>synthetisch,huishoudens,demo,willekeurig,punten,geodemografisch,laaggeletterdheid,testgegevens,benchmark</translation>
    </message>
    <message>
        <source>Generates reproducible synthetic household points with geodemographic attributes inside area polygons, for demos, training and benchmarks.</source>
        <translation>Genereert reproduceerbare synthetische huishoudpunten met geodemografische attributen binnen gebiedspolygonen, voor demo&apos;s, training en benchmarks.</translation>
    </message>
    <message>
        <source>Areas (polygons)</source>
        <translation>Gebieden (polygonen)</translation>
    </message>
    <message>
        <source>Number of households (divided equally over the areas)</source>
        <translation>Aantal huishoudens (gelijk verdeeld over de gebieden)</translation>
    </message>
    <message>
        <source>Households per area field (takes precedence over the number)</source>
        <translation>Veld met huishoudens per gebied (gaat voor het aantal)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwaarde toevalsgenerator</translation>
    </message>
    <message>
        <source>Add ground truth field tg_truth</source>
        <translation>Veld tg_truth met grondwaarheid toevoegen</translation>
    </message>
    <message>
        <source>Synthetic households</source>
        <translation>Synthetische huishoudens</translation>
    </message>
    <message>
        <source>Number of households written</source>
        <translation>Aantal geschreven huishoudens</translation>
    </message>
    <message>
        <source>The AREAS layer &apos;%1&apos; has no features: choose a polygon layer with at least one area.</source>
        <translation>De AREAS-laag &apos;%1&apos; heeft geen objecten: kies een polygoonlaag met minstens één gebied.</translation>
    </message>
    <message>
        <source>COUNT_FIELD &apos;%1&apos; is not a field of the AREAS layer &apos;%2&apos;: choose one of its numeric fields, or leave COUNT_FIELD empty to use HOUSEHOLDS.</source>
        <translation>COUNT_FIELD &apos;%1&apos; is geen veld van de AREAS-laag &apos;%2&apos;: kies een van de numerieke velden van die laag, of laat COUNT_FIELD leeg om HOUSEHOLDS te gebruiken.</translation>
    </message>
    <message>
        <source>COUNT_FIELD &apos;%1&apos; of the AREAS layer &apos;%2&apos; is of type %3, not numeric: choose a field holding the number of households per area, or convert it first (e.g. with the field calculator, to_int(&quot;%1&quot;)).</source>
        <translation>COUNT_FIELD &apos;%1&apos; van de AREAS-laag &apos;%2&apos; is van het type %3, niet numeriek: kies een veld met het aantal huishoudens per gebied, of zet het veld eerst om (bijvoorbeeld met de veldberekening, to_int(&quot;%1&quot;)).</translation>
    </message>
    <message>
        <source>HOUSEHOLDS is %1: give at least 1 household to divide over the areas, or set COUNT_FIELD to a field with the number of households per area.</source>
        <translation>HOUSEHOLDS is %1: geef minstens 1 huishouden op om over de gebieden te verdelen, of stel COUNT_FIELD in op een veld met het aantal huishoudens per gebied.</translation>
    </message>
    <message>
        <source>Checking the areas of &apos;%1&apos;</source>
        <translation>Gebieden van &apos;%1&apos; controleren</translation>
    </message>
    <message>
        <source>%1 area(s) of &apos;%2&apos; have no usable polygon geometry (NULL, empty or without area after repair) and get no households: %3</source>
        <translation>%1 gebied(en) van &apos;%2&apos; hebben geen bruikbare polygoongeometrie (NULL, leeg of zonder oppervlakte na reparatie) en krijgen geen huishoudens: %3</translation>
    </message>
    <message>
        <source>. Their %1 household(s) from COUNT_FIELD are not generated.</source>
        <translation>. Hun %1 huishouden(s) uit COUNT_FIELD worden niet gegenereerd.</translation>
    </message>
    <message>
        <source>%1 area(s) of &apos;%2&apos; have an invalid geometry, repaired with makeValid before placing households: %3</source>
        <translation>%1 gebied(en) van &apos;%2&apos; hebben een ongeldige geometrie, die met makeValid is gerepareerd voordat de huishoudens zijn geplaatst: %3</translation>
    </message>
    <message>
        <source>%1 area(s) of &apos;%2&apos; have NULL in COUNT_FIELD &apos;%3&apos; and get no households: %4</source>
        <translation>%1 gebied(en) van &apos;%2&apos; hebben NULL in COUNT_FIELD &apos;%3&apos; en krijgen geen huishoudens: %4</translation>
    </message>
    <message>
        <source>None of the %1 areas of the AREAS layer &apos;%2&apos; has a usable polygon geometry: repair the layer (e.g. with Fix geometries) and run again.</source>
        <translation>Geen van de %1 gebieden van de AREAS-laag &apos;%2&apos; heeft een bruikbare polygoongeometrie: repareer de laag (bijvoorbeeld met Geometrieën repareren) en voer het algoritme opnieuw uit.</translation>
    </message>
    <message>
        <source>COUNT_FIELD &apos;%1&apos; is set: HOUSEHOLDS is ignored.</source>
        <translation>COUNT_FIELD &apos;%1&apos; is ingesteld: HOUSEHOLDS wordt genegeerd.</translation>
    </message>
    <message>
        <source>%1 area(s) of &apos;%2&apos; are too thin to sample: after %3 failed attempts their remaining households were put on the area&apos;s point on surface: %4</source>
        <translation>%1 gebied(en) van &apos;%2&apos; zijn te smal om punten in te trekken: na %3 mislukte pogingen zijn hun resterende huishoudens op het punt op oppervlak van het gebied gezet: %4</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic households in %2 area(s) (random seed %3).</source>
        <translation>%1 synthetische huishoudens geschreven in %2 gebied(en) (startwaarde %3).</translation>
    </message>
    <message>
        <source>Generate synthetic households</source>
        <translation>Synthetische huishoudens genereren</translation>
    </message>
    <message>
        <source>The seed has %1 households, fewer than the minimum cell size MIN_CELL = %2; a profile of so few households could single them out. Widen the seed expression or use more data.</source>
        <translation>De voorbeeldgroep telt %1 huishoudens, minder dan de minimale celgrootte MIN_CELL = %2; een profiel van zo weinig huishoudens zou hen herkenbaar maken. Verruim de expressie van de voorbeeldgroep of gebruik meer gegevens.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; has more than %2 distinct values; it looks like an identifier or free text, not a characteristic. Remove it from the profile fields, or recode it into fewer categories first (e.g. with the Field Calculator).</source>
        <translation>Veld &apos;%1&apos; heeft meer dan %2 verschillende waarden; het lijkt een identificatie of vrije tekst, geen kenmerk. Haal het uit de profielvelden, of deel het eerst in minder categorieën in (bijvoorbeeld met de Veldberekening).</translation>
    </message>
    <message>
        <source>The second pass read %1 households, the first %2: the input layer changed while the profile was built. Run the algorithm again when the layer is not being edited.</source>
        <translation>De tweede doorgang las %1 huishoudens, de eerste %2: de invoerlaag veranderde terwijl het profiel werd gemaakt. Voer het algoritme opnieuw uit wanneer de laag niet wordt bewerkt.</translation>
    </message>
    <message>
        <source>core</source>
        <translation>kern</translation>
    </message>
    <message>
        <source>developmental</source>
        <translation>ontwikkeling</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>niche</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>HTML language code of the report</extracomment>
        <translation>nl</translation>
    </message>
    <message>
        <source>The profile %1 has no scoring fields, only descriptive ones. Build it again with at least one field in FIELDS.</source>
        <translation>Het profiel %1 heeft geen scoringsvelden, alleen beschrijvende. Maak het opnieuw met ten minste één veld in FIELDS.</translation>
    </message>
    <message>
        <source>Areas with a prevalence estimate (e.g. per-gemeente literacy estimates)</source>
        <translation>Gebieden met een schatting van het aandeel (bijvoorbeeld schattingen van laaggeletterdheid per gemeente)</translation>
    </message>
    <message>
        <source>Probability of belonging to the target group</source>
        <translation>Kans om tot de doelgroep te behoren</translation>
    </message>
    <message>
        <source>Target-group index (100 = average household)</source>
        <translation>Doelgroepindex (100 = gemiddeld huishouden)</translation>
    </message>
    <message>
        <source>In the reference group (1 = yes)</source>
        <translation>In de referentiegroep (1 = ja)</translation>
    </message>
    <message>
        <source>Expected target-group households, 95% low</source>
        <translation>Verwachte doelgroephuishoudens, 95%-ondergrens</translation>
    </message>
    <message>
        <source>Expected target-group households, 95% high</source>
        <translation>Verwachte doelgroephuishoudens, 95%-bovengrens</translation>
    </message>
    <message>
        <source>Variance of the expected count</source>
        <translation>Variantie van het verwachte aantal</translation>
    </message>
    <message>
        <source>Reference-group households</source>
        <translation>Huishoudens in de referentiegroep</translation>
    </message>
    <message>
        <source>Target-group share of households</source>
        <translation>Aandeel doelgroep onder de huishoudens</translation>
    </message>
    <message>
        <source>Target-group index (100 = average area)</source>
        <translation>Doelgroepindex (100 = gemiddeld gebied)</translation>
    </message>
    <message>
        <source>Member households</source>
        <translation>Huishoudens met lidmaatschap</translation>
    </message>
    <message>
        <source>Member households, share</source>
        <translation>Huishoudens met lidmaatschap, aandeel</translation>
    </message>
    <message>
        <source>Expected target-group households among members</source>
        <translation>Verwachte doelgroephuishoudens onder de leden</translation>
    </message>
    <message>
        <source>Target group reached by members, share</source>
        <translation>Doelgroep bereikt door leden, aandeel</translation>
    </message>
    <message>
        <source>Expected target-group households not yet members</source>
        <translation>Verwachte doelgroephuishoudens die nog geen lid zijn</translation>
    </message>
    <message>
        <source>Suppressed: too few households (1 = yes)</source>
        <translation>Afgeschermd: te weinig huishoudens (1 = ja)</translation>
    </message>
    <message>
        <source>%1 already has a field &quot;%2&quot;, which this algorithm adds. Drop or rename it first (e.g. with &quot;Refactor fields&quot;); if the layer is already an output of this provider, use the original layer.</source>
        <translation>%1 heeft al een veld &quot;%2&quot;, dat dit algoritme toevoegt. Verwijder of hernoem dat veld eerst (bijvoorbeeld met &quot;Bijgewerkte velden&quot;); is de laag al een uitvoer van deze provider, gebruik dan de oorspronkelijke laag.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Seed n</source>
        <translation>Voorbeeld n</translation>
    </message>
    <message>
        <source>Seed %</source>
        <translation>Voorbeeld %</translation>
    </message>
    <message>
        <source>Base n</source>
        <translation>Basis n</translation>
    </message>
    <message>
        <source>Base %</source>
        <translation>Basis %</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>INPUT</translation>
    </message>
    <message>
        <source>Household %1 of INPUT has %2 in the reference-group field &quot;%3&quot; (REF_FIELD); it must be 0 or 1 (1 = in the reference group). Choose the tg_ref field written by &quot;Score households&quot;, or recode the field to 0/1.</source>
        <translation>Huishouden %1 van INPUT heeft %2 in het veld &quot;%3&quot; voor de referentiegroep (REF_FIELD); dit moet 0 of 1 zijn (1 = in de referentiegroep). Kies het veld tg_ref dat door &quot;Huishoudens scoren&quot; is geschreven, of hercodeer het veld naar 0/1.</translation>
    </message>
    <message>
        <source>%1 households read: %2 in an area, %3 in no area, %4 inside more than one area (counted once, in the one with the lowest feature id).</source>
        <translation>%1 huishoudens gelezen: %2 in een gebied, %3 in geen enkel gebied, %4 in meer dan één gebied (één keer geteld, in het gebied met het laagste object-id).</translation>
    </message>
    <message>
        <source>%1 households lie inside more than one area (the AREAS polygons overlap); each is counted once, in the area with the lowest feature id.</source>
        <translation>%1 huishoudens liggen in meer dan één gebied (de polygonen van AREAS overlappen); elk wordt één keer geteld, in het gebied met het laagste object-id.</translation>
    </message>
    <message>
        <source>%1 households have a geometry of several parts or no point (e.g. a multipoint); each is placed at its point on surface, one place per household.</source>
        <translation>%1 huishoudens hebben een geometrie uit meerdere delen of geen punt (bijvoorbeeld een multipoint); elk wordt op zijn punt op het oppervlak geplaatst, één plaats per huishouden.</translation>
    </message>
    <message>
        <source>The MEMBER expression %1 is true for none of the %2 households, so every area has mem_total 0. Check it against the data (e.g. &quot;is_member&quot; = 1 for a number field, not = &apos;yes&apos;).</source>
        <translation>De MEMBER-expressie %1 is voor geen van de %2 huishoudens waar, dus elk gebied heeft mem_total 0. Controleer de expressie aan de hand van de gegevens (bijvoorbeeld &quot;is_member&quot; = 1 voor een numeriek veld, niet = &apos;yes&apos;).</translation>
    </message>
    <message>
        <source>Area code field in every area layer (CBS codes; empty: join every level spatially)</source>
        <translation>Veld met gebiedscode in elke gebiedenlaag (CBS-codes; leeg: elk niveau ruimtelijk koppelen)</translation>
    </message>
    <message>
        <source>Aggregate households to the finest areas (unsuppressed sums, kept temporary)</source>
        <translation>Huishoudens aggregeren naar de fijnste gebieden (sommen zonder afscherming, tijdelijk bewaard)</translation>
    </message>
    <message>
        <source>Finest areas with suppression</source>
        <translation>Fijnste gebieden met afscherming</translation>
    </message>
    <message>
        <source>Roll up to the middle areas</source>
        <translation>Opschalen naar de middelste gebieden</translation>
    </message>
    <message>
        <source>Roll up to the coarse areas</source>
        <translation>Opschalen naar de grofste gebieden</translation>
    </message>
    <message>
        <source>Area report with map</source>
        <translation>Gebiedsrapport met kaart</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;</source>
        <translation>laag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SEED %1 selects all %2 households of the comparison base, so the profile cannot tell the seed apart from anyone: every index would be 100 and every household would score the same. Narrow SEED to the households of the target group (e.g. &quot;easy_read_loans&quot; &gt; 0), or widen BASE.</source>
        <translation>SEED %1 selecteert alle %2 huishoudens van de vergelijkingsbasis, dus het profiel kan de voorbeeldgroep van niemand onderscheiden: elke index zou 100 zijn en elk huishouden zou dezelfde score krijgen. Beperk SEED tot de huishoudens van de doelgroep (bijvoorbeeld &quot;easy_read_loans&quot; &gt; 0), of verruim BASE.</translation>
    </message>
    <message>
        <source>%1: %2 areas have no geometry, so no household can lie in them (they are kept); feature ids: %3.</source>
        <translation>%1: %2 gebieden hebben geen geometrie, dus er kan geen huishouden in liggen (ze blijven behouden); object-id&apos;s: %3.</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system, so its coordinates cannot be placed on %2 (%3). Assign the CRS its coordinates are in (Layer Properties → Source, or &quot;Assign projection&quot;), e.g. EPSG:28992 for Dutch RD New coordinates.</source>
        <translation>%1 heeft geen coördinatenreferentiesysteem, dus de coördinaten ervan kunnen niet op %2 (%3) worden gelegd. Ken het CRS toe waarin de coördinaten staan (Laageigenschappen → Bron, of &quot;Projectie toekennen&quot;), bijvoorbeeld EPSG:28992 voor Nederlandse RD New-coördinaten.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has a coordinate reference system: their coordinates are compared as they are. Assign the CRS they are in to be sure.</source>
        <translation>Zowel %1 als %2 heeft geen coördinatenreferentiesysteem: hun coördinaten worden vergeleken zoals ze zijn. Ken voor de zekerheid het CRS toe waarin ze staan.</translation>
    </message>
    <message>
        <source>%1 holds %2 geometries, not polygons: a household cannot lie in a point or a line. Choose a polygon layer of areas (e.g. CBS buurten, wijken or gemeenten).</source>
        <translation>%1 bevat geometrieën van het type %2, geen polygonen: een huishouden kan niet in een punt of een lijn liggen. Kies een polygoonlaag met gebieden (bijvoorbeeld CBS-buurten, -wijken of -gemeenten).</translation>
    </message>
    <message>
        <source>Could not create the output %1 (%2). Choose another file or folder you can write to.</source>
        <translation>Kon de uitvoer %1 niet maken (%2). Kies een ander bestand of een andere map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>Could not write area %1 to the output %2: %3</source>
        <translation>Kon gebied %1 niet naar de uitvoer %2 schrijven: %3</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; of %2 holds %3 values that are not finite numbers (NaN or infinity); they are read as &quot;(missing)&quot;. Fix them in the data if they stand for real values.</source>
        <translation>Veld &apos;%1&apos; van %2 bevat %3 waarden die geen eindige getallen zijn (NaN of oneindig); ze worden gelezen als &quot;(missing)&quot;. Verbeter ze in de gegevens als ze voor echte waarden staan.</translation>
    </message>
    <message>
        <source>The %1 expression %2 uses the field &quot;%3&quot;, which %4 does not have. Choose one of its fields: %5.</source>
        <translation>De %1-expressie %2 gebruikt het veld &quot;%3&quot;, dat %4 niet heeft. Kies een van de velden: %5.</translation>
    </message>
    <message>
        <source>The %1 expression %2 cannot be evaluated on %3: %4.</source>
        <translation>De %1-expressie %2 kan op %3 niet worden geëvalueerd: %4.</translation>
    </message>
    <message>
        <source>The %1 expression %2 failed on household %3: %4. Correct the expression or the data.</source>
        <translation>De %1-expressie %2 is mislukt bij huishouden %3: %4. Verbeter de expressie of de gegevens.</translation>
    </message>
    <message>
        <source>The output %1 is set to a Shapefile (%2). Shapefiles cut field names to 10 characters (tg_expected_low becomes tg_expec_1), so the next step could not read the result. Write %1 as a GeoPackage (.gpkg) instead.</source>
        <translation>De uitvoer %1 is ingesteld op een Shapefile (%2). Shapefiles korten veldnamen in tot 10 tekens (tg_expected_low wordt tg_expec_1), zodat de volgende stap het resultaat niet zou kunnen lezen. Schrijf %1 in plaats daarvan als GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <source>The outputs %1 and %2 are both set to the file %3; the second would overwrite the first. Give each output a file of its own.</source>
        <translation>De uitvoer %1 en de uitvoer %2 zijn allebei ingesteld op het bestand %3; de tweede zou de eerste overschrijven. Geef elke uitvoer een eigen bestand.</translation>
    </message>
    <message>
        <source>The output %1 is set to the file %3, which holds the input %2: writing the output would destroy the input. Choose another file for %1 (a GeoPackage is replaced as a whole, with all its layers).</source>
        <translation>De uitvoer %1 is ingesteld op het bestand %3, dat de invoer %2 bevat: het schrijven van de uitvoer zou de invoer vernietigen. Kies een ander bestand voor %1 (een GeoPackage wordt in zijn geheel vervangen, met al zijn lagen).</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>%1 (“%2”) is %3; it must be a whole number %4.</source>
        <translation>%1 (“%2”) is %3; het moet een geheel getal zijn (%4).</translation>
    </message>
    <message>
        <source>%1 (“%2”) is %3; it must be a number %4.</source>
        <translation>%1 (“%2”) is %3; het moet een getal zijn (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ranges: %1.</source>
        <translation>Toegestane waarden: %1.</translation>
    </message>
    <message>
        <source>Profile %1 is not valid JSON (%2 at byte %3). Choose a .json file written by &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1 is geen geldige JSON (%2 bij byte %3). Kies een .json-bestand dat is geschreven door &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Profile %1 is a JSON array; a profile is a JSON object with &quot;format&quot;: &quot;%2&quot;. Choose a .json file written by &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1 is een JSON-array; een profiel is een JSON-object met &quot;format&quot;: &quot;%2&quot;. Kies een .json-bestand dat is geschreven door &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>Profile %1 is empty; a profile is a JSON object with &quot;format&quot;: &quot;%2&quot;. Choose a .json file written by &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1 is leeg; een profiel is een JSON-object met &quot;format&quot;: &quot;%2&quot;. Kies een .json-bestand dat is geschreven door &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>it must not exceed %1 (%2): the seed is part of the base</source>
        <translation>het mag niet groter zijn dan %1 (%2): de voorbeeldgroep is een deel van de vergelijkingsbasis</translation>
    </message>
    <message>
        <source>it must be a number of 0 or more</source>
        <translation>het moet een getal van 0 of meer zijn</translation>
    </message>
    <message>
        <source>%1 has the same name; field names must be unique</source>
        <translation>%1 heeft dezelfde naam; veldnamen moeten uniek zijn</translation>
    </message>
    <message>
        <source>%1 is not a targetgroup profile: it has no &quot;format&quot; member (a profile has &quot;format&quot;: &quot;%2&quot;). Choose a .json file written by &apos;Build target group profile&apos;.</source>
        <translation>%1 is geen targetgroup-profiel: het heeft geen lid &quot;format&quot; (een profiel heeft &quot;format&quot;: &quot;%2&quot;). Kies een .json-bestand dat is geschreven door &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a targetgroup profile: its &quot;format&quot; is %2, not &quot;%3&quot;. Choose a .json file written by &apos;Build target group profile&apos;.</source>
        <translation>%1 is geen targetgroup-profiel: het &quot;format&quot; is %2, niet &quot;%3&quot;. Kies een .json-bestand dat is geschreven door &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>it must be the whole number %1</source>
        <translation>het moet het gehele getal %1 zijn</translation>
    </message>
    <message>
        <source>it must be the name of a field of the household layer, not empty</source>
        <translation>het moet de naam van een veld van de huishoudenslaag zijn, niet leeg</translation>
    </message>
    <message>
        <source>it must be &quot;categorical&quot; or &quot;binned&quot;</source>
        <translation>het moet &quot;categorical&quot; of &quot;binned&quot; zijn</translation>
    </message>
    <message>
        <source>text cannot be binned: a field with kind &quot;binned&quot; has numeric_source true</source>
        <translation>tekst kan niet in klassen worden verdeeld: een veld met kind &quot;binned&quot; heeft numeric_source true</translation>
    </message>
    <message>
        <source>it must be a number greater than 0 and at most 1</source>
        <translation>het moet een getal groter dan 0 en hoogstens 1 zijn</translation>
    </message>
    <message>
        <source>it must be text</source>
        <translation>het moet tekst zijn</translation>
    </message>
    <message>
        <source>%1 has the same label; a value is either a category or merged into &quot;(other)&quot;, not both</source>
        <translation>%1 heeft hetzelfde label; een waarde is een categorie of is samengevoegd in &quot;(other)&quot;, niet allebei</translation>
    </message>
    <message>
        <source>the field has no &quot;(other)&quot; category to merge it into</source>
        <translation>het veld heeft geen categorie &quot;(other)&quot; om het in samen te voegen</translation>
    </message>
    <message>
        <source>it must not be empty (empty values are in &quot;(missing)&quot;)</source>
        <translation>het mag niet leeg zijn (lege waarden staan in &quot;(missing)&quot;)</translation>
    </message>
    <message>
        <source>%1 has the same label; the labels of a field must be unique</source>
        <translation>%1 heeft hetzelfde label; de labels van een veld moeten uniek zijn</translation>
    </message>
    <message>
        <source>it must be one of the bins of bin_edges (%1), &quot;(missing)&quot; or &quot;(other)&quot;</source>
        <translation>het moet een van de klassen van bin_edges (%1), &quot;(missing)&quot; of &quot;(other)&quot; zijn</translation>
    </message>
    <message>
        <source>the field is numeric (numeric_source true), so it must be a number written as &quot;3&quot; or &quot;2.5&quot;, &quot;(missing)&quot; or &quot;(other)&quot;</source>
        <translation>het veld is numeriek (numeric_source true), dus het moet een getal zijn geschreven als &quot;3&quot; of &quot;2.5&quot;, &quot;(missing)&quot; of &quot;(other)&quot;</translation>
    </message>
    <message>
        <source>a field with kind &quot;categorical&quot; has no bin edges: it must be []</source>
        <translation>een veld met kind &quot;categorical&quot; heeft geen klassengrenzen: het moet [] zijn</translation>
    </message>
    <message>
        <source>it holds %1 edges, but bins is %2: a binned field has at most bins − 1 edges</source>
        <translation>het bevat %1 grenzen, maar bins is %2: een veld in klassen heeft hoogstens bins − 1 grenzen</translation>
    </message>
    <message>
        <source>it must be a number</source>
        <translation>het moet een getal zijn</translation>
    </message>
    <message>
        <source>it must be greater than %1 (%2): bin edges ascend strictly</source>
        <translation>het moet groter zijn dan %1 (%2): klassengrenzen lopen strikt op</translation>
    </message>
    <message>
        <source>Profile %1: the %2 of %3 add up to %4, but %5 is %6; every household is in exactly one category of each field. Rebuild the profile with &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1: de %2 van %3 tellen op tot %4, maar %5 is %6; elk huishouden valt in precies één categorie van elk veld. Maak het profiel opnieuw met &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>Profile %1: %2 is %3; %4. Rebuild the profile with &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1: %2 is %3; %4. Maak het profiel opnieuw met &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>Profile %1: %2 is missing; %3. Rebuild the profile with &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1: %2 ontbreekt; %3. Maak het profiel opnieuw met &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>it must be true or false</source>
        <translation>het moet true of false zijn</translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2</source>
        <translation>het moet een geheel getal van %1 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>it must be an array</source>
        <translation>het moet een array zijn</translation>
    </message>
    <message>
        <source>it must be an object</source>
        <translation>het moet een object zijn</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numeriek</translation>
    </message>
    <message>
        <source>Profile %1: field “%2” is %3 in the profile (numeric_source %4) but %5 in %6 (type %7). Score a layer whose field “%2” is %3, like the layer the profile was built from, or rebuild the profile from this layer with &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1: veld “%2” is %3 in het profiel (numeric_source %4), maar %5 in %6 (type %7). Scoor een laag waarin veld “%2” %3 is, zoals in de laag waaruit het profiel is gemaakt, of maak het profiel opnieuw uit deze laag met &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>Fine area %1 of INPUT has figures that cannot come from households: %2. Roll up an unedited output of &quot;Aggregate households to areas&quot; (MIN_COUNT 0).</source>
        <translation>Fijn gebied %1 van INPUT heeft cijfers die niet van huishoudens afkomstig kunnen zijn: %2. Schaal een onbewerkte uitvoer van &quot;Huishoudens aggregeren naar gebieden&quot; (MIN_COUNT 0) op.</translation>
    </message>
    <message>
        <source>a negative count or a value that is not a finite number</source>
        <translation>een negatief aantal of een waarde die geen eindig getal is</translation>
    </message>
    <message>
        <source>%1 = %2 is outside 0 to %3 = %4</source>
        <translation>%1 = %2 ligt buiten 0 tot en met %3 = %4</translation>
    </message>
    <message>
        <source>%1 = %2 is more than %3 = %4</source>
        <translation>%1 = %2 is groter dan %3 = %4</translation>
    </message>
    <message>
        <source>the membership figures %1 = %2 and %3 = %4 do not fit %5 = %6 and %7 = %8</source>
        <translation>de ledencijfers %1 = %2 en %3 = %4 passen niet bij %5 = %6 en %7 = %8</translation>
    </message>
    <message>
        <source>Automatic (by code for CBS buurt, wijk and gemeente codes, otherwise spatially)</source>
        <translation>Automatisch (op code voor CBS-buurt-, -wijk- en -gemeentecodes, anders ruimtelijk)</translation>
    </message>
    <message>
        <source>no code field is given (FINE_CODE_FIELD, COARSE_CODE_FIELD)</source>
        <translation>er is geen codeveld opgegeven (FINE_CODE_FIELD, COARSE_CODE_FIELD)</translation>
    </message>
    <message>
        <source>INPUT has no field &quot;%1&quot; (FINE_CODE_FIELD)</source>
        <translation>INPUT heeft geen veld &quot;%1&quot; (FINE_CODE_FIELD)</translation>
    </message>
    <message>
        <source>AREAS has no field &quot;%1&quot; (COARSE_CODE_FIELD)</source>
        <translation>AREAS heeft geen veld &quot;%1&quot; (COARSE_CODE_FIELD)</translation>
    </message>
    <message>
        <source>INPUT has no code in the field &quot;%1&quot;</source>
        <translation>INPUT heeft geen code in het veld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>AREAS has no code in the field &quot;%1&quot;</source>
        <translation>AREAS heeft geen code in het veld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the codes of INPUT (e.g. %1) are not CBS buurt, wijk or gemeente codes (BU, WK, GM), the only ones that nest by prefix</source>
        <translation>de codes van INPUT (bijvoorbeeld %1) zijn geen CBS-buurt-, -wijk- of -gemeentecodes (BU, WK, GM), de enige die via hun begin in elkaar passen</translation>
    </message>
    <message>
        <source>the codes of AREAS (e.g. %1) are not CBS buurt, wijk or gemeente codes (BU, WK, GM), the only ones that nest by prefix</source>
        <translation>de codes van AREAS (bijvoorbeeld %1) zijn geen CBS-buurt-, -wijk- of -gemeentecodes (BU, WK, GM), de enige die via hun begin in elkaar passen</translation>
    </message>
    <message>
        <source>Join: by code (automatic), because the codes of INPUT (e.g. %1, field %2) and AREAS (e.g. %3, field %4) are CBS codes that nest by prefix.</source>
        <translation>Koppeling: op code (automatisch), omdat de codes van INPUT (bijvoorbeeld %1, veld %2) en AREAS (bijvoorbeeld %3, veld %4) CBS-codes zijn die via hun begin in elkaar passen.</translation>
    </message>
    <message>
        <source>Join: spatially (automatic; point on surface of each fine area), because %1.</source>
        <translation>Koppeling: ruimtelijk (automatisch; punt op oppervlak van elk fijn gebied), omdat %1.</translation>
    </message>
    <message>
        <source>PREVALENCE_FIELD “%1” mixes scales: area feature %2 has %3 (a share?) and area feature %4 has %5 (a percentage?). Put every estimate on one scale, shares 0–1 or percentages 0–100, e.g. with the field calculator.</source>
        <translation>PREVALENCE_FIELD “%1” mengt schalen: gebiedsobject %2 heeft %3 (een aandeel?) en gebiedsobject %4 heeft %5 (een percentage?). Zet alle schattingen op één schaal, aandelen 0–1 of percentages 0–100, bijvoorbeeld met de veldberekening.</translation>
    </message>
    <message>
        <source>A prevalence of %1 cannot be calibrated to; it must be a share between 0 and 1.</source>
        <translation>Op een prevalentie van %1 kan niet worden gekalibreerd; dit moet een aandeel tussen 0 en 1 zijn.</translation>
    </message>
    <message>
        <source>The second pass read %1 households, the first %2: INPUT changed while it was scored. Run the algorithm again when the layer is not being edited.</source>
        <translation>De tweede doorgang las %1 huishoudens, de eerste %2: INPUT veranderde terwijl de laag werd gescoord. Voer het algoritme opnieuw uit wanneer de laag niet wordt bewerkt.</translation>
    </message>
    <message>
        <source>Internal error: %1. Please report this.</source>
        <translation>Interne fout: %1. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>COUNT_FIELD &apos;%1&apos; of the AREAS layer &apos;%2&apos; is %3 for area %4 (feature %5): the number of households must be from 0 to 20,000,000.</source>
        <translation>COUNT_FIELD &apos;%1&apos; van de AREAS-laag &apos;%2&apos; is %3 voor gebied %4 (object %5): het aantal huishoudens moet van 0 tot en met 20.000.000 zijn.</translation>
    </message>
    <message>
        <source>The areas ask for %1 households in all (COUNT_FIELD &apos;%2&apos;), more than the %3 this algorithm makes in one run (the Netherlands has 8.3 million). Check the field&apos;s values, or generate the areas in parts.</source>
        <translation>De gebieden vragen in totaal om %1 huishoudens (COUNT_FIELD &apos;%2&apos;), meer dan de %3 die dit algoritme in één run maakt (Nederland heeft er 8,3 miljoen). Controleer de waarden van het veld, of genereer de gebieden in delen.</translation>
    </message>
    <message>
        <source>Canceled. The outputs of this run are incomplete: do not use them.</source>
        <translation>Geannuleerd. De uitvoer van deze run is onvolledig: gebruik die niet.</translation>
    </message>
    <message>
        <source>%1 stopped on an unexpected error: %2. Please report this, with the log.</source>
        <translation>%1 stopte door een onverwachte fout: %2. Meld dit alstublieft, met het logboek.</translation>
    </message>
    <message>
        <source>Counts scored households per area: expected target households with 95% intervals, membership reach, small areas suppressed.</source>
        <translation>Telt gescoorde huishoudens per gebied: verwachte doelgroephuishoudens met 95%-intervallen, bereik van de leden, kleine gebieden afgeschermd.</translation>
    </message>
    <message>
        <source>Writes an HTML report with a map of an area layer: where the target group lives, untapped potential, outreach characteristics.</source>
        <translation>Schrijft een HTML-rapport met een kaart van een gebiedenlaag: waar de doelgroep woont, onbenut potentieel, kenmerken voor de communicatie.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;: %2 merged into &quot;(other)&quot;. A category is merged when it has fewer than MIN_CELL = %3 seed households (however many base households it has) or fewer than %3 base households, so that no small count can single households out; while &quot;(other)&quot; itself is small, the smallest remaining category joins it. Lower MIN_CELL or widen the seed to keep them apart.</source>
        <translation>Veld &apos;%1&apos;: %2 samengevoegd tot &quot;(other)&quot;. Een categorie wordt samengevoegd als ze minder dan MIN_CELL = %3 voorbeeldhuishoudens heeft (hoeveel basishuishoudens ze ook heeft) of minder dan %3 basishuishoudens, zodat geen klein aantal huishoudens herkenbaar maakt; zolang &quot;(other)&quot; zelf klein is, komt de kleinste overgebleven categorie erbij. Verlaag MIN_CELL of verruim de voorbeeldgroep om ze apart te houden.</translation>
    </message>
    <message>
        <source>From seed households to profile, scored households, figures per area level and a report, in one run.</source>
        <translation>Van voorbeeldhuishoudens naar profiel, gescoorde huishoudens, cijfers per gebiedsniveau en een rapport, in één run.</translation>
    </message>
    <message>
        <source>Sums the figures of fine areas into coarser areas (buurt → wijk → gemeente → provincie) without reading the households again.</source>
        <translation>Telt de cijfers van fijne gebieden op tot grovere gebieden (buurt → wijk → gemeente → provincie) zonder de huishoudens opnieuw te lezen.</translation>
    </message>
    <message>
        <source>Gives every household a calibrated probability of belonging to the target group, using a profile.</source>
        <translation>Geeft elk huishouden een gekalibreerde kans om tot de doelgroep te behoren, met een profiel.</translation>
    </message>
    <message>
        <source>temporary output</source>
        <translation>tijdelijke uitvoer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>As the dialog shows them. The id is the name to use in batch jobs, models and qgis_process (--ID=value).</source>
        <translation>Zoals het venster ze toont. De id is de naam voor batchtaken, modellen en qgis_process (--ID=waarde).</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereik van waarden</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Hoe het werkt</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ontbrekend)</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>(overig)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Counts scored households per area in one pass and sets the expected target group against membership.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Scored households&lt;/i&gt; (INPUT) are points with a probability field, &lt;i&gt;Probability field&lt;/i&gt; (PROB_FIELD, default tg_prob, 0..1), and a reference-group flag, &lt;i&gt;Reference-group field&lt;/i&gt; (REF_FIELD, default tg_ref, non-zero = in the reference group). &lt;i&gt;Areas&lt;/i&gt; (AREAS) are polygons, e.g. CBS buurten or wijken, in any CRS: they are reprojected to the households&apos; CRS for the point test.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Areas with target-group figures&lt;/i&gt; (OUTPUT): every area with all its fields and its geometry, plus hh_total (households in the area); tg_expected (sum of probabilities) with tg_expected_low and tg_expected_high, a 95% interval from the Poisson-binomial variance tg_variance = sum p(1-p) by the normal approximation (tg_expected +- 1.96 sqrt(tg_variance), clipped to 0..hh_total); tg_ref (reference-group households); tg_share (tg_expected / hh_total); tg_index (100 = the share over all matched households); mem_total and mem_penetration (members / households); mem_tg_expected (sum of probabilities over members); tg_reach (mem_tg_expected / tg_expected) and tg_untapped (tg_expected - mem_tg_expected); suppressed.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Library members (expression)&lt;/i&gt; (MEMBER) is an expression on the households, e.g. &lt;code&gt;&quot;is_member&quot; = 1&lt;/code&gt;. To use a member file keyed by address, join it to the households first with &quot;Join attributes by field value&quot; (keep all households) and test the joined field, e.g. &lt;code&gt;&quot;member_id&quot; IS NOT NULL&lt;/code&gt;. Without &lt;i&gt;Library members (expression)&lt;/i&gt; the mem_* fields, tg_reach and tg_untapped are NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Suppression&lt;/b&gt;: an area with fewer households than &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; (MIN_COUNT, default 10) has suppressed = 1 and NULL in every tg_* and mem_* field; only hh_total, the count that decides suppression, stays. Ratios with a zero denominator are NULL too. &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; = 0 suppresses nothing: use that only for an intermediate layer that is rolled up with &quot;Roll up areas&quot;, which reapplies suppression, and do not publish it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Assignment rule&lt;/b&gt; (the same in &quot;Score households&quot;, so a household is calibrated in the area it is counted in): a household is at its point; a household with a geometry of several parts (a multipoint) or another geometry is at its point on surface, and their number is reported. It belongs to an area when it lies inside it or on its boundary. When that holds for several areas (a shared boundary, or overlapping polygons), the household is counted once, in the area with the lowest feature id (for GeoPackage and memory layers: the one that comes first). MULTIPLE counts households inside two or more overlapping areas (not those merely on a shared boundary). Invalid area geometries are repaired (make valid) and their feature ids reported.&lt;/p&gt;&lt;p&gt;Results: MATCHED households (in an area), UNMATCHED households (in no area, or without geometry; MATCHED + UNMATCHED is always the number read), MULTIPLE. &lt;i&gt;Households in no area&lt;/i&gt; (UNMATCHED_OUTPUT) optionally receives the unmatched households with their fields.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Telt gescoorde huishoudens per gebied in één doorgang en zet de verwachte doelgroep af tegen het lidmaatschap.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Gescoorde huishoudens&lt;/i&gt; (INPUT) zijn punten met een kansveld, &lt;i&gt;Kansveld&lt;/i&gt; (PROB_FIELD, standaard tg_prob, 0..1), en een vlag voor de referentiegroep, &lt;i&gt;Veld referentiegroep&lt;/i&gt; (REF_FIELD, standaard tg_ref, niet 0 = in de referentiegroep). &lt;i&gt;Gebieden&lt;/i&gt; (AREAS) zijn polygonen, bijvoorbeeld CBS-buurten of -wijken, in elk CRS: voor de punt-in-polygoontoets worden ze naar het CRS van de huishoudens geprojecteerd.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Gebieden met doelgroepcijfers&lt;/i&gt; (OUTPUT): elk gebied met al zijn velden en zijn geometrie, plus hh_total (huishoudens in het gebied); tg_expected (som van de kansen) met tg_expected_low en tg_expected_high, een 95%-interval uit de Poisson-binomiale variantie tg_variance = som p(1-p) via de normale benadering (tg_expected +- 1.96 sqrt(tg_variance), begrensd tot 0..hh_total); tg_ref (huishoudens in de referentiegroep); tg_share (tg_expected / hh_total); tg_index (100 = het aandeel over alle toegewezen huishoudens); mem_total en mem_penetration (leden / huishoudens); mem_tg_expected (som van de kansen over de leden); tg_reach (mem_tg_expected / tg_expected) en tg_untapped (tg_expected - mem_tg_expected); suppressed.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bibliotheekleden (expressie)&lt;/i&gt; (MEMBER) is een expressie op de huishoudens, bijvoorbeeld &lt;code&gt;&quot;is_member&quot; = 1&lt;/code&gt;. Wilt u een ledenbestand met adressen gebruiken, koppel het dan eerst aan de huishoudens met &quot;Attributen koppelen op veldwaarde&quot; (alle huishoudens behouden) en toets het gekoppelde veld, bijvoorbeeld &lt;code&gt;&quot;member_id&quot; IS NOT NULL&lt;/code&gt;. Zonder &lt;i&gt;Bibliotheekleden (expressie)&lt;/i&gt; zijn de velden mem_*, tg_reach en tg_untapped NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Afscherming&lt;/b&gt;: een gebied met minder huishoudens dan &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; (MIN_COUNT, standaard 10) krijgt suppressed = 1 en NULL in elk veld tg_* en mem_*; alleen hh_total, het aantal dat over de afscherming beslist, blijft staan. Verhoudingen met een noemer van nul zijn ook NULL. &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; = 0 schermt niets af: gebruik dat alleen voor een tussenlaag die met &quot;Gebieden opschalen&quot; wordt opgeschaald (dat past de afscherming opnieuw toe), en publiceer die tussenlaag niet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Toewijzingsregel&lt;/b&gt; (dezelfde als in &quot;Huishoudens scoren&quot;, zodat een huishouden wordt gekalibreerd in het gebied waarin het wordt geteld): een huishouden ligt op zijn punt; een huishouden met een geometrie uit meerdere delen (een multipoint) of een andere geometrie ligt op zijn punt op het oppervlak, en hun aantal wordt gemeld. Het hoort bij een gebied als het erin of op de grens ervan ligt. Geldt dat voor meerdere gebieden (een gedeelde grens of overlappende polygonen), dan wordt het huishouden één keer geteld, in het gebied met het laagste object-id (bij GeoPackage- en geheugenlagen: het gebied dat als eerste komt). MULTIPLE telt de huishoudens binnen twee of meer overlappende gebieden (niet de huishoudens die alleen op een gedeelde grens liggen). Ongeldige gebiedsgeometrieën worden gerepareerd (geldig gemaakt) en hun object-id&apos;s worden gemeld.&lt;/p&gt;&lt;p&gt;Resultaten: MATCHED huishoudens (in een gebied), UNMATCHED huishoudens (in geen enkel gebied, of zonder geometrie; MATCHED + UNMATCHED is altijd het aantal gelezen huishoudens), MULTIPLE. &lt;i&gt;Huishoudens in geen enkel gebied&lt;/i&gt; (UNMATCHED_OUTPUT) krijgt desgewenst de niet-toegewezen huishoudens met hun velden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From seed households to a map and a report in one run. The steps are the provider&apos;s own algorithms, run one after the other:
1. &lt;b&gt;Build target group profile&lt;/b&gt; of &lt;i&gt;Households&lt;/i&gt; (HOUSEHOLDS) from &lt;i&gt;Seed households (expression)&lt;/i&gt; (SEED) and &lt;i&gt;Comparison base (expression; empty: all households)&lt;/i&gt; (BASE), with &lt;i&gt;Profile fields (used for scoring)&lt;/i&gt; (FIELDS) and &lt;i&gt;Descriptive fields (soft characteristics)&lt;/i&gt; (DESCRIPTIVE_FIELDS);
2. &lt;b&gt;Score households&lt;/b&gt; with the profile (calibrated probability tg_prob, index, reference group), calibrated to &lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt; (PREVALENCE), or per area where &lt;i&gt;Areas with a prevalence estimate (e.g. per-gemeente literacy estimates)&lt;/i&gt; (PREVALENCE_AREAS) with their &lt;i&gt;Prevalence estimate field (share 0–1 or percentage)&lt;/i&gt; (PREVALENCE_FIELD) are given;
3. &lt;b&gt;Aggregate households to areas&lt;/b&gt; on &lt;i&gt;Finest areas (e.g. buurten or wijken)&lt;/i&gt; (AREAS), once, over all households, unsuppressed, into a temporary layer;
4. &lt;b&gt;Roll up areas&lt;/b&gt; from there onto the finest level itself and onto the optional &lt;i&gt;Middle areas (e.g. gemeenten)&lt;/i&gt; (MIDDLE_AREAS) and &lt;i&gt;Coarse areas (e.g. provincies)&lt;/i&gt; (COARSE_AREAS), without reading the households again. The join is automatic: by &lt;i&gt;Area code field in every area layer (CBS codes; empty: join every level spatially)&lt;/i&gt; (CODE_FIELD, default statcode) when both layers hold CBS buurt, wijk or gemeente codes, which nest by prefix (WK022801 lies in GM0228); otherwise spatially, each finest area going to the coarse area that holds its point on surface (provincie codes PVnn do not nest; an empty &lt;i&gt;Area code field in every area layer (CBS codes; empty: join every level spatially)&lt;/i&gt; joins every level spatially). The log says which join each level got and why. Finest areas that match no coarse area are counted and named in the log, never dropped silently;
5. the &lt;b&gt;area report&lt;/b&gt; (HTML with a map) of the finest level.

&lt;i&gt;Library members (expression)&lt;/i&gt; (MEMBER): give an expression that is true for member households (e.g. &quot;is_member&quot; = 1) to get, per area, member households, the target group reached by members (tg_reach) and the expected target households that are not yet members (tg_untapped). Consider building the profile with members as the comparison base: the seed are members.

&lt;b&gt;Small numbers&lt;/b&gt;: every published level is suppressed the same way: areas with fewer households than &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; (MIN_COUNT) keep only hh_total. The profile merges categories with fewer seed or base households than &lt;i&gt;Minimum cell size of the profile&lt;/i&gt; (MIN_CELL) into &quot;(other)&quot;, and cuts numeric fields into as many quantile bins as &lt;i&gt;Quantile bins for numeric fields&lt;/i&gt; (BINS) (advanced parameters).

The algorithm &quot;Target group: full analysis&quot; and the model targetgroup_full_analysis.model3, which ships in the plugin&apos;s folder (open it in Model Designer with Processing Toolbox → Models → Open Existing Model… to adapt it), are written from one definition and run the same steps with the same settings. The middle and coarse levels run only when their area layers are given (in the model through a Conditional branch per level). The algorithm writes the area report only when an output file is given; the model always writes it (to a temporary file unless you choose one), because a model step cannot depend on whether an output is wanted.</source>
        <translation>Van voorbeeldhuishoudens naar een kaart en een rapport in één run. De stappen zijn de eigen algoritmen van deze provider, na elkaar uitgevoerd:
1. &lt;b&gt;Doelgroepprofiel maken&lt;/b&gt; van &lt;i&gt;Huishoudens&lt;/i&gt; (HOUSEHOLDS) uit &lt;i&gt;Voorbeeldhuishoudens (expressie)&lt;/i&gt; (SEED) en &lt;i&gt;Vergelijkingsbasis (expressie; leeg: alle huishoudens)&lt;/i&gt; (BASE), met &lt;i&gt;Profielvelden (gebruikt voor het scoren)&lt;/i&gt; (FIELDS) en &lt;i&gt;Beschrijvende velden (zachte kenmerken)&lt;/i&gt; (DESCRIPTIVE_FIELDS);
2. &lt;b&gt;Huishoudens scoren&lt;/b&gt; met het profiel (gekalibreerde kans tg_prob, index, referentiegroep), gekalibreerd op &lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt; (PREVALENCE), of per gebied waar &lt;i&gt;Gebieden met een schatting van het aandeel (bijvoorbeeld schattingen van laaggeletterdheid per gemeente)&lt;/i&gt; (PREVALENCE_AREAS) met hun &lt;i&gt;Veld met prevalentieschatting (aandeel 0–1 of percentage)&lt;/i&gt; (PREVALENCE_FIELD) zijn opgegeven;
3. &lt;b&gt;Huishoudens aggregeren naar gebieden&lt;/b&gt; op &lt;i&gt;Fijnste gebieden (bijvoorbeeld buurten of wijken)&lt;/i&gt; (AREAS), één keer, over alle huishoudens, zonder afscherming, naar een tijdelijke laag;
4. &lt;b&gt;Gebieden opschalen&lt;/b&gt; van daaruit naar het fijnste niveau zelf en naar de optionele &lt;i&gt;Middelste gebieden (bijvoorbeeld gemeenten)&lt;/i&gt; (MIDDLE_AREAS) en &lt;i&gt;Grofste gebieden (bijvoorbeeld provincies)&lt;/i&gt; (COARSE_AREAS), zonder de huishoudens opnieuw te lezen. De koppeling is automatisch: op &lt;i&gt;Veld met gebiedscode in elke gebiedenlaag (CBS-codes; leeg: elk niveau ruimtelijk koppelen)&lt;/i&gt; (CODE_FIELD, standaard statcode) als beide lagen CBS-buurt-, -wijk- of -gemeentecodes hebben, die via hun begin in elkaar passen (WK022801 ligt in GM0228); anders ruimtelijk, waarbij elk fijnste gebied naar het grovere gebied gaat dat zijn punt op oppervlak bevat (provinciecodes PVnn passen niet in elkaar; een leeg &lt;i&gt;Veld met gebiedscode in elke gebiedenlaag (CBS-codes; leeg: elk niveau ruimtelijk koppelen)&lt;/i&gt; koppelt elk niveau ruimtelijk). Het logboek meldt welke koppeling elk niveau kreeg en waarom. Fijnste gebieden die in geen enkel grover gebied vallen, worden geteld en in het logboek genoemd, nooit stilzwijgend weggelaten;
5. het &lt;b&gt;gebiedsrapport&lt;/b&gt; (HTML met een kaart) van het fijnste niveau.

&lt;i&gt;Bibliotheekleden (expressie)&lt;/i&gt; (MEMBER): geef een expressie die waar is voor huishoudens met een lid (bijv. &quot;is_member&quot; = 1) voor, per gebied, de huishoudens met leden, het deel van de doelgroep dat leden bereiken (tg_reach) en de verwachte doelgroephuishoudens die nog geen lid zijn (tg_untapped). Overweeg het profiel te maken met de leden als vergelijkingsbasis: de voorbeeldhuishoudens zijn leden.

&lt;b&gt;Kleine aantallen&lt;/b&gt;: elk gepubliceerd niveau wordt op dezelfde manier afgeschermd: gebieden met minder huishoudens dan &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; (MIN_COUNT) houden alleen hh_total. Het profiel voegt categorieën met minder voorbeeld- of basishuishoudens dan &lt;i&gt;Minimale celgrootte van het profiel&lt;/i&gt; (MIN_CELL) samen tot &quot;(other)&quot; en deelt numerieke velden in zoveel kwantielklassen in als &lt;i&gt;Kwantielklassen voor numerieke velden&lt;/i&gt; (BINS) aangeeft (geavanceerde parameters).

Het algoritme &quot;Doelgroep: volledige analyse&quot; en het model targetgroup_full_analysis.model3, dat in de map van de plugin staat (open het in de Modelontwerper via Processing-toolbox → Modellen → Bestaand model openen… om het aan te passen), komen uit één definitie en voeren dezelfde stappen met dezelfde instellingen uit. De middelste en grofste niveaus lopen alleen als hun gebiedenlagen zijn opgegeven (in het model via een voorwaardelijke vertakking, Conditional branch, per niveau). Het algoritme schrijft het gebiedsrapport alleen als er een uitvoerbestand is opgegeven; het model schrijft het altijd (naar een tijdelijk bestand, tenzij u er een kiest), omdat een modelstap niet kan afhangen van de vraag of een uitvoer gewenst is.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Writes a short report on an area layer made by &quot;Aggregate households to areas&quot; or &quot;Roll up areas&quot;: a map of the expected share of target-group households, the areas with the most expected target households and with the most untapped potential, membership reach, the soft characteristics from the profile, and the methods and caveats a reader needs.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Areas with target-group figures&lt;/i&gt; (AREAS) need the fields hh_total, tg_expected, tg_expected_low, tg_expected_high, tg_share, tg_index, mem_tg_expected, tg_reach, tg_untapped and suppressed. &lt;i&gt;Area name field&lt;/i&gt; (NAME_FIELD) names the areas; without it statnaam (CBS) is used when the layer has it, else the feature id. A statcode field is shown beside the name.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Profile (for the soft characteristics)&lt;/i&gt; (PROFILE, optional): the profile JSON from &quot;Build target group profile&quot;; its descriptive fields give the soft characteristics, sorted by index. &lt;i&gt;Prevalence used in scoring (0–1, for the methods section)&lt;/i&gt; (PREVALENCE, optional) and &lt;i&gt;Suppression threshold used in aggregation (for the legend)&lt;/i&gt; (MIN_COUNT, optional) are the values used in the scoring and aggregation runs; they are quoted in the report and the map legend.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Number of top areas to list&lt;/i&gt; (TOP_N, default 10) sets the length of each ranking. Suppressed areas are grey on the map and left out of the rankings and totals.&lt;/p&gt;&lt;p&gt;Outputs: &lt;i&gt;Area report&lt;/i&gt; (OUTPUT_HTML), the report (plain HTML without scripts, readable in a browser and in the QGIS results viewer), and &lt;i&gt;Map image&lt;/i&gt; (OUTPUT_MAP), the map as PNG (by default beside the report, as &amp;lt;report&amp;gt;_map.png), drawn with QGIS&apos;s own renderer and the default area style. The report refers to the map by a relative path: keep the two files together.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schrijft een kort rapport over een gebiedenlaag die is gemaakt met &quot;Huishoudens aggregeren naar gebieden&quot; of &quot;Gebieden opschalen&quot;: een kaart van het verwachte aandeel doelgroephuishoudens, de gebieden met de meeste verwachte doelgroephuishoudens en met het meeste onbenutte potentieel, het bereik onder bibliotheekleden, de zachte kenmerken uit het profiel, en de methoden en kanttekeningen die een lezer nodig heeft.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Gebieden met doelgroepcijfers&lt;/i&gt; (AREAS) moeten de velden hh_total, tg_expected, tg_expected_low, tg_expected_high, tg_share, tg_index, mem_tg_expected, tg_reach, tg_untapped en suppressed hebben. &lt;i&gt;Veld met gebiedsnaam&lt;/i&gt; (NAME_FIELD) geeft de naam van de gebieden; zonder dit veld wordt statnaam (CBS) gebruikt als de laag dat veld heeft, anders het object-id. Een veld statcode wordt naast de naam getoond.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Profiel (voor de zachte kenmerken)&lt;/i&gt; (PROFILE, optioneel): het profiel-JSON van &quot;Doelgroepprofiel maken&quot;; de beschrijvende velden daarin leveren de zachte kenmerken, gesorteerd op index. &lt;i&gt;Bij het scoren gebruikte prevalentie (0–1, voor de methodensectie)&lt;/i&gt; (PREVALENCE, optioneel) en &lt;i&gt;Bij het aggregeren gebruikte afschermingsdrempel (voor de legenda)&lt;/i&gt; (MIN_COUNT, optioneel) zijn de waarden die bij het scoren en aggregeren zijn gebruikt; ze worden in het rapport en in de kaartlegenda vermeld.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Aantal topgebieden in de lijst&lt;/i&gt; (TOP_N, standaard 10) bepaalt de lengte van elke ranglijst. Afgeschermde gebieden zijn grijs op de kaart en blijven buiten de ranglijsten en totalen.&lt;/p&gt;&lt;p&gt;Uitvoer: &lt;i&gt;Gebiedsrapport&lt;/i&gt; (OUTPUT_HTML), het rapport (eenvoudige HTML zonder scripts, leesbaar in een browser en in de resultatenviewer van QGIS), en &lt;i&gt;Kaartafbeelding&lt;/i&gt; (OUTPUT_MAP), de kaart als PNG (standaard naast het rapport, als &amp;lt;rapport&amp;gt;_map.png), getekend met de eigen renderer van QGIS en de standaardstijl voor gebieden. Het rapport verwijst met een relatief pad naar de kaart: houd de twee bestanden bij elkaar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Builds a target-group profile: which characteristics are over-represented among the seed households (e.g. households whose adults borrow easy-to-read books) compared with a comparison base, and how strongly.

&lt;i&gt;Seed households (expression)&lt;/i&gt; (SEED): an expression that selects the seed households, e.g. &quot;easy_read_loans&quot; &gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;.
&lt;i&gt;Comparison base (expression; empty: all households)&lt;/i&gt; (BASE): an optional expression; by default all households of &lt;i&gt;Households&lt;/i&gt; (INPUT). Choose it with care: seed households found through the library are library members first. Compared with all households, the profile mixes &apos;is a member&apos; into &apos;is in the target group&apos; (members are older, more often families, more often readers). Compared with members only (e.g. &quot;is_member&quot; = 1), the profile shows what sets the seed apart among members, but says nothing about households the library does not reach. Build both and compare. Every seed household must be part of the base.

&lt;i&gt;Profile fields (used for scoring)&lt;/i&gt; (FIELDS) are used for scoring: text fields and integer fields with at most 12 distinct values are categories; other number fields (and every real-valued field) are cut into quantile bins of the base, as many as &lt;i&gt;Quantile bins for numeric fields&lt;/i&gt; (BINS) (the edges are kept in the profile). NULL (and empty text) is a category of its own, &quot;(missing)&quot;, never dropped. &lt;i&gt;Descriptive fields (reported, not scored)&lt;/i&gt; (DESCRIPTIVE_FIELDS), e.g. interests, media, buying behaviour, are reported but not used for scoring.

&lt;b&gt;Small cells&lt;/b&gt;: with m the &lt;i&gt;Minimum cell size (smaller categories are merged into &quot;(other)&quot;)&lt;/i&gt; (MIN_CELL), a category with fewer than m seed or base households is merged into &quot;(other)&quot;; while &quot;(other)&quot; has fewer than m base households, or between 1 and m − 1 seed households, the smallest remaining category joins it. So no count from 1 to m − 1 appears anywhere, not even by subtraction. An &quot;(other)&quot; with no seed household at all is kept: it singles nobody out, and it tells scoring that those values are rare in the seed.

&lt;b&gt;Index&lt;/b&gt; = 100 × (share of the seed in the category) / (share of the base in it); 100 means the same share as the base. The 95% interval is that of a ratio of two proportions on the log scale (Katz): se = √(1/a − 1/A + 1/b − 1/B) for a of A seed and b of B base households. Because the seed is part of the base, this interval is slightly conservative. &lt;i&gt;significant&lt;/i&gt; = the interval excludes 100.
&lt;b&gt;Quadrant&lt;/b&gt; (Esri&apos;s game-plan chart): core = index ≥ 110 and seed share ≥ the average share of a category of that field (100% / number of categories); developmental = share ≥ average, index &amp;lt; 110; niche = index ≥ 110, share &amp;lt; average; other = the rest.

&lt;b&gt;Scoring&lt;/b&gt; uses, per category, the likelihood ratio shrunk towards 1 for small cells, (a + k) / (e + k) with e the seed count expected from the base share and k = 10 households, and weights each field by 1 / (1 + Σr²) over its correlations r with the other scoring fields (a field that duplicates another counts half).

&lt;b&gt;Outputs&lt;/b&gt;: &lt;i&gt;Profile&lt;/i&gt; (OUTPUT_PROFILE), a .json file in a documented format holding aggregate counts only, never household rows or identifiers; &lt;i&gt;Profile table&lt;/i&gt; (OUTPUT_TABLE), with one row per field and category; and optionally &lt;i&gt;Profile report&lt;/i&gt; (OUTPUT_HTML), in HTML. A seed under 100 households gives a warning with the widest interval.</source>
        <translation>Maakt een doelgroepprofiel: welke kenmerken zijn oververtegenwoordigd onder de voorbeeldhuishoudens (bijvoorbeeld huishoudens waarvan volwassenen makkelijk-lezenboeken lenen) vergeleken met een vergelijkingsbasis, en hoe sterk.

&lt;i&gt;Voorbeeldhuishoudens (expressie)&lt;/i&gt; (SEED): een expressie die de voorbeeldhuishoudens selecteert, bijvoorbeeld &quot;easy_read_loans&quot; &gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;.
&lt;i&gt;Vergelijkingsbasis (expressie; leeg: alle huishoudens)&lt;/i&gt; (BASE): een optionele expressie; standaard alle huishoudens van &lt;i&gt;Huishoudens&lt;/i&gt; (INPUT). Kies deze met zorg: voorbeeldhuishoudens die via de bibliotheek zijn gevonden, zijn in de eerste plaats bibliotheekleden. Vergeleken met alle huishoudens vermengt het profiel &apos;is lid&apos; met &apos;hoort bij de doelgroep&apos; (leden zijn ouder, vaker gezinnen, vaker lezers). Vergeleken met alleen leden (bijvoorbeeld &quot;is_member&quot; = 1) laat het profiel zien wat de voorbeeldgroep onder de leden onderscheidt, maar zegt het niets over huishoudens die de bibliotheek niet bereikt. Maak beide en vergelijk ze. Elk voorbeeldhuishouden moet tot de vergelijkingsbasis behoren.

&lt;i&gt;Profielvelden (gebruikt voor het scoren)&lt;/i&gt; (FIELDS) worden gebruikt voor het scoren: tekstvelden en gehele-getalvelden met hoogstens 12 verschillende waarden zijn categorieën; andere getalvelden (en elk veld met decimale getallen) worden verdeeld in kwantielklassen van de vergelijkingsbasis, zoveel als &lt;i&gt;Kwantielklassen voor numerieke velden&lt;/i&gt; (BINS) aangeeft (de klassengrenzen worden in het profiel bewaard). NULL (en lege tekst) is een eigen categorie, &quot;(missing)&quot;, die nooit wordt weggelaten. &lt;i&gt;Beschrijvende velden (gerapporteerd, niet gescoord)&lt;/i&gt; (DESCRIPTIVE_FIELDS), bijvoorbeeld interesses, media, koopgedrag, worden gerapporteerd maar niet gebruikt voor het scoren.

&lt;b&gt;Kleine cellen&lt;/b&gt;: met m de &lt;i&gt;Minimale celgrootte (kleinere categorieën worden samengevoegd in &quot;(other)&quot;)&lt;/i&gt; (MIN_CELL) wordt een categorie met minder dan m voorbeeld- of basishuishoudens samengevoegd in &quot;(other)&quot;; zolang &quot;(other)&quot; minder dan m basishuishoudens heeft, of tussen 1 en m − 1 voorbeeldhuishoudens, wordt de kleinste resterende categorie eraan toegevoegd. Zo komt nergens een aantal van 1 tot m − 1 voor, ook niet door aftrekken. Een &quot;(other)&quot; zonder enig voorbeeldhuishouden blijft behouden: het maakt niemand herkenbaar, en het vertelt het scoren dat die waarden zeldzaam zijn in de voorbeeldgroep.

&lt;b&gt;Index&lt;/b&gt; = 100 × (aandeel van de voorbeeldgroep in de categorie) / (aandeel van de vergelijkingsbasis erin); 100 betekent hetzelfde aandeel als in de vergelijkingsbasis. Het 95%-interval is dat van een verhouding van twee proporties op logaritmische schaal (Katz): se = √(1/a − 1/A + 1/b − 1/B) voor a van A voorbeeldhuishoudens en b van B basishuishoudens. Omdat de voorbeeldgroep deel uitmaakt van de vergelijkingsbasis, is dit interval iets conservatief. &lt;i&gt;significant&lt;/i&gt; = het interval bevat 100 niet.
&lt;b&gt;Kwadrant&lt;/b&gt; (het game-plan-diagram van Esri): core (kern) = index ≥ 110 en aandeel in de voorbeeldgroep ≥ het gemiddelde aandeel van een categorie van dat veld (100% / aantal categorieën); developmental (ontwikkeling) = aandeel ≥ gemiddelde, index &amp;lt; 110; niche = index ≥ 110, aandeel &amp;lt; gemiddelde; other (overig) = de rest.

&lt;b&gt;Scoren&lt;/b&gt; gebruikt per categorie de likelihood-ratio, bij kleine cellen naar 1 gekrompen: (a + k) / (e + k), met e het aantal voorbeeldhuishoudens dat uit het aandeel in de vergelijkingsbasis verwacht wordt en k = 10 huishoudens; elk veld krijgt het gewicht 1 / (1 + Σr²) over zijn correlaties r met de andere scorevelden (een veld dat een ander veld dupliceert, telt half).

&lt;b&gt;Uitvoer&lt;/b&gt;: &lt;i&gt;Profiel&lt;/i&gt; (OUTPUT_PROFILE), een .json-bestand in een gedocumenteerd formaat met alleen geaggregeerde aantallen, nooit rijen of identificatiegegevens van huishoudens; &lt;i&gt;Profieltabel&lt;/i&gt; (OUTPUT_TABLE), met één rij per veld en categorie; en optioneel &lt;i&gt;Profielrapport&lt;/i&gt; (OUTPUT_HTML), in HTML. Een voorbeeldgroep van minder dan 100 huishoudens geeft een waarschuwing met het breedste interval.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Aggregates &lt;i&gt;Fine areas (output of Aggregate households to areas, MIN_COUNT 0)&lt;/i&gt; (INPUT), e.g. buurten, to &lt;i&gt;Coarse areas&lt;/i&gt; (AREAS), e.g. wijken, gemeenten, provincies, without reading the households again. The additive fields hh_total, tg_expected, tg_variance, tg_ref, mem_total and mem_tg_expected are summed; tg_expected_low/high, tg_share, tg_index, mem_penetration, tg_reach and tg_untapped are recomputed from the sums, and suppression is applied to the coarse areas with &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; (MIN_COUNT). The result equals running &quot;Aggregate households to areas&quot; on the coarse polygons directly, provided every fine area lies in one coarse area (tg_index is relative to the households of the fine areas that found a coarse area).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy and exactness&lt;/b&gt;: sums cannot be recovered from suppressed areas, so the fine areas must not contain suppressed rows. Run &quot;Aggregate households to areas&quot; once on the finest level with &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; = 0 into a temporary layer that you do not publish, then roll it up to every level you publish, the finest included (join it by code to the same fine layer): each published level is suppressed with &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; here.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Join fine to coarse areas&lt;/i&gt; (JOIN_METHOD): &lt;i&gt;by code&lt;/i&gt; uses the CBS hierarchy by code prefix: after the letters, a coarse code is the start of its fine codes (BU02280101 -&gt; WK022801 -&gt; GM0228; WK0363AA -&gt; GM0363). &lt;i&gt;Code field of the fine areas&lt;/i&gt; (FINE_CODE_FIELD) and &lt;i&gt;Code field of the coarse areas&lt;/i&gt; (COARSE_CODE_FIELD) name the code fields (default statcode). Provincie codes (PVnn) are not part of the code hierarchy: join provinces spatially. &lt;i&gt;Spatially&lt;/i&gt; places each fine area&apos;s point on surface in the coarse polygon that contains it (the one with the lowest feature id when several do); the layers may have different CRSs. &lt;i&gt;Automatic&lt;/i&gt; joins by code when both code fields exist and the first code of each layer is a buurt, wijk or gemeente code (BU, WK, GM: the levels that nest by prefix), and spatially otherwise (no code field, provincie codes PVnn, other codes); the log says which join was used and why.&lt;/p&gt;&lt;p&gt;Fine areas that find no coarse area are counted (UNMATCHED, UNMATCHED_HOUSEHOLDS) and reported, never dropped silently. &lt;i&gt;Coarse areas with target-group figures&lt;/i&gt; (OUTPUT) keeps every coarse area with its fields and geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aggregeert &lt;i&gt;Fijne gebieden (uitvoer van Huishoudens aggregeren naar gebieden, MIN_COUNT 0)&lt;/i&gt; (INPUT), bijvoorbeeld buurten, naar &lt;i&gt;Grove gebieden&lt;/i&gt; (AREAS), bijvoorbeeld wijken, gemeenten, provincies, zonder de huishoudens opnieuw te lezen. De optelbare velden hh_total, tg_expected, tg_variance, tg_ref, mem_total en mem_tg_expected worden opgeteld; tg_expected_low/high, tg_share, tg_index, mem_penetration, tg_reach en tg_untapped worden uit de sommen herberekend, en de afscherming wordt op de grove gebieden toegepast met &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; (MIN_COUNT). Het resultaat is gelijk aan &quot;Huishoudens aggregeren naar gebieden&quot; rechtstreeks op de grove polygonen, mits elk fijn gebied in één grof gebied ligt (tg_index is relatief ten opzichte van de huishoudens van de fijne gebieden die een grof gebied hebben gevonden).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy en exactheid&lt;/b&gt;: uit afgeschermde gebieden zijn de sommen niet terug te halen, dus de fijne gebieden mogen geen afgeschermde rijen bevatten. Voer &quot;Huishoudens aggregeren naar gebieden&quot; één keer uit op het fijnste niveau met &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; = 0 naar een tijdelijke laag die u niet publiceert, en schaal die laag op naar elk niveau dat u publiceert, het fijnste inbegrepen (koppel daarvoor op code aan dezelfde fijne laag): elk gepubliceerd niveau wordt hier afgeschermd met &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Fijne gebieden koppelen aan grove gebieden&lt;/i&gt; (JOIN_METHOD): &lt;i&gt;op code&lt;/i&gt; gebruikt de CBS-hiërarchie via het begin van de code: na de letters is een grove code het begin van zijn fijne codes (BU02280101 -&gt; WK022801 -&gt; GM0228; WK0363AA -&gt; GM0363). &lt;i&gt;Codeveld van de fijne gebieden&lt;/i&gt; (FINE_CODE_FIELD) en &lt;i&gt;Codeveld van de grove gebieden&lt;/i&gt; (COARSE_CODE_FIELD) noemen de codevelden (standaard statcode). Provinciecodes (PVnn) horen niet bij de codehiërarchie: koppel provincies ruimtelijk. &lt;i&gt;Ruimtelijk&lt;/i&gt; plaatst het punt op oppervlak van elk fijn gebied in de grove polygoon die het bevat (die met het laagste object-id als er meerdere zijn); de lagen mogen verschillende CRS&apos;en hebben. &lt;i&gt;Automatisch&lt;/i&gt; koppelt op code als beide codevelden bestaan en de eerste code van elke laag een buurt-, wijk- of gemeentecode is (BU, WK, GM: de niveaus die via hun begin in elkaar passen), en anders ruimtelijk (geen codeveld, provinciecodes PVnn, andere codes); het logboek meldt welke koppeling is gebruikt en waarom.&lt;/p&gt;&lt;p&gt;Fijne gebieden die geen grof gebied vinden, worden geteld (UNMATCHED, UNMATCHED_HOUSEHOLDS) en gemeld, nooit stilzwijgend weggelaten. &lt;i&gt;Grofste gebieden met doelgroepcijfers&lt;/i&gt; (OUTPUT) behoudt elk grof gebied met zijn velden en geometrie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gives every household a calibrated probability of belonging to the target group, using the profile in &lt;i&gt;Profile (.json written by Build profile)&lt;/i&gt; (PROFILE), written by “Build profile”. Every input field and geometry is kept; three fields are added:
• tg_prob: the probability (0–1). Over the scored households Σ tg_prob = p × N, with p the &lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt; (PREVALENCE) and N the number of scored households.
• tg_index: 100 × tg_prob / the average tg_prob of the scored households (100 = average household).
• tg_ref: 1 for the reference group: the round(p × N) households with the highest tg_prob (with area estimates: round(Σ tg_prob)). Ties at the cut-off are taken in reading order, which is ascending feature id for GeoPackage and memory layers; the result does not depend on anything else.
If &lt;i&gt;Input layer&lt;/i&gt; (INPUT) already has a field tg_prob, tg_index or tg_ref the algorithm stops with an error: remove or rename that field first.

&lt;i&gt;Method&lt;/i&gt; (METHOD)
0 Profile likelihood (default): score = Σ over the profile&apos;s scoring fields of weight × ln LR, where LR is the likelihood ratio seed/base of the household&apos;s category, shrunk toward 1 where cells are small: (seed count + k) / (expected seed count + k), k the profile&apos;s prior strength. The weight of a field is less than 1 when it is correlated with other scoring fields (from the profile), so a characteristic is not counted twice.
1 Central-profile similarity (for comparison, the approach Whize describes): the seed centroid is per field the share of seed households in each category; a household&apos;s similarity is the sum over fields of the seed share of its category, centred on the base average. It ignores how common a category is in the base. It is made a logit by the slope (seed mean − base mean) / base variance of the similarity (a linear discriminant), computed from the profile&apos;s counts treating the fields as independent. Field weights are not used.
Both: a value the profile never met (and NULL when the base had none) scores neutral (0); it is counted in UNSEEN_VALUES and the first %1 distinct field/value pairs are named in the log. Values are read exactly as Build profile read them; values it merged into “(other)” score as “(other)”.

Calibration: tg_prob = 1 / (1 + exp(−(b + score))), with scores rounded to 0.0001 and the intercept b solved so that Σ tg_prob equals p × N (to about 1e-9). p = 0 and p = 1 give exactly 0 and 1.

&lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt;: the expected share of target-group households among the scored households (0–1). The default 0.10 comes from PIAAC 2023 (OECD Survey of Adult Skills): 15.9% of Dutch 16–65-year-olds are low-literate and about two thirds of them have Dutch as first language, so about 10.6% of adults are the target group (NT1); as a share of households we use 0.10. Municipal estimates average about 12% and range from about 1% to 32%: use the local figure when you have it.

&lt;i&gt;Areas with a prevalence estimate&lt;/i&gt; (PREVALENCE_AREAS) and &lt;i&gt;Prevalence estimate field (share 0–1 or percentage)&lt;/i&gt; (PREVALENCE_FIELD), optional: polygons with an estimated share per area, e.g. per gemeente. Each area is calibrated separately, so the expected count within it equals its estimate × its households. The field holds shares (0–1); if any value is above 1 the whole field is read as percentages (0–100). A NULL or a value outside 0–100 is an error naming the area. A household belongs to the area it lies in by the same rule as “Aggregate households to areas”, so it is calibrated in the area it is counted in: a household is at its point (a multipoint or other geometry at its point on surface); on the boundary counts as in; in several overlapping areas: the one with the lowest feature id. Households outside every area or without geometry are calibrated together with &lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt;.

Selected features only is supported. In-place editing is not: QGIS&apos;s in-place mode cannot add fields and skips the calibration pass.

Results: EXPECTED_TOTAL (Σ tg_prob), REFERENCE_COUNT, UNSEEN_VALUES. Memory does not grow with the number of households (two passes over &lt;i&gt;Input layer&lt;/i&gt;).</source>
        <translation>Geeft elk huishouden een gekalibreerde kans om tot de doelgroep te behoren, met het profiel in &lt;i&gt;Profiel (.json geschreven door Doelgroepprofiel maken)&lt;/i&gt; (PROFILE), geschreven door “Doelgroepprofiel maken”. Alle invoervelden en de geometrie blijven behouden; er komen drie velden bij:
• tg_prob: de kans (0–1). Over de gescoorde huishoudens geldt Σ tg_prob = p × N, met p het &lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt; (PREVALENCE) en N het aantal gescoorde huishoudens.
• tg_index: 100 × tg_prob / de gemiddelde tg_prob van de gescoorde huishoudens (100 = gemiddeld huishouden).
• tg_ref: 1 voor de referentiegroep: de round(p × N) huishoudens met de hoogste tg_prob (met gebiedsschattingen: round(Σ tg_prob)). Bij gelijke waarden op de grens beslist de leesvolgorde, bij GeoPackage- en geheugenlagen oplopend object-id; het resultaat hangt van niets anders af.
Heeft &lt;i&gt;Invoerlaag&lt;/i&gt; (INPUT) al een veld tg_prob, tg_index of tg_ref, dan stopt het algoritme met een foutmelding: verwijder of hernoem dat veld eerst.

&lt;i&gt;Methode&lt;/i&gt; (METHOD)
0 Profiel-likelihood (standaard): score = Σ over de scorevelden van het profiel van gewicht × ln LR, waarbij LR de likelihood-ratio voorbeeldgroep/vergelijkingsbasis van de categorie van het huishouden is, naar 1 gekrompen waar cellen klein zijn: (aantal in voorbeeldgroep + k) / (verwacht aantal in voorbeeldgroep + k), met k de priorsterkte van het profiel. Het gewicht van een veld is kleiner dan 1 als het veld gecorreleerd is met andere scorevelden (volgens het profiel), zodat een kenmerk niet dubbel telt.
1 Gelijkenis met centraal profiel (ter vergelijking, de aanpak die Whize beschrijft): het zwaartepunt van de voorbeeldgroep is per veld het aandeel voorbeeldhuishoudens in elke categorie; de gelijkenis van een huishouden is de som over de velden van het aandeel in de voorbeeldgroep van zijn categorie, gecentreerd op het gemiddelde van de vergelijkingsbasis. Hoe vaak een categorie in de vergelijkingsbasis voorkomt, speelt daarbij geen rol. De gelijkenis wordt een logit via de helling (gemiddelde voorbeeldgroep − gemiddelde vergelijkingsbasis) / variantie van de gelijkenis in de vergelijkingsbasis (een lineaire discriminant), berekend uit de aantallen in het profiel, waarbij de velden als onafhankelijk worden behandeld. Veldgewichten worden niet gebruikt.
Beide: een waarde die het profiel nooit is tegengekomen (en NULL als de vergelijkingsbasis geen NULL had) scoort neutraal (0); zo&apos;n waarde wordt geteld in UNSEEN_VALUES en de eerste %1 verschillende combinaties van veld en waarde worden in het logboek genoemd. Waarden worden precies zo gelezen als Doelgroepprofiel maken ze las; waarden die daar zijn samengevoegd in “(other)”, scoren als “(other)”.

Kalibratie: tg_prob = 1 / (1 + exp(−(b + score))), met scores afgerond op 0.0001 en het intercept b zo opgelost dat Σ tg_prob gelijk is aan p × N (tot op ongeveer 1e-9). p = 0 en p = 1 geven precies 0 en 1.

&lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt;: het verwachte aandeel doelgroephuishoudens onder de gescoorde huishoudens (0–1). De standaardwaarde 0.10 komt uit PIAAC 2023 (OECD Survey of Adult Skills): 15,9% van de Nederlanders van 16–65 jaar is laaggeletterd en ongeveer twee derde van hen heeft Nederlands als eerste taal, dus ongeveer 10,6% van de volwassenen behoort tot de doelgroep (NT1); als aandeel van de huishoudens gebruiken we 0.10. Gemeentelijke schattingen liggen gemiddeld rond 12% en lopen uiteen van ongeveer 1% tot 32%: gebruik het lokale cijfer als u dat hebt.

&lt;i&gt;Gebieden met een prevalentieschatting&lt;/i&gt; (PREVALENCE_AREAS) en &lt;i&gt;Veld met prevalentieschatting (aandeel 0–1 of percentage)&lt;/i&gt; (PREVALENCE_FIELD), optioneel: polygonen met een geschat aandeel per gebied, bijvoorbeeld per gemeente. Elk gebied wordt apart gekalibreerd, zodat het verwachte aantal erin gelijk is aan de schatting × het aantal huishoudens. Het veld bevat aandelen (0–1); is een waarde groter dan 1, dan wordt het hele veld als percentages (0–100) gelezen. Een NULL of een waarde buiten 0–100 is een fout die het gebied noemt. Een huishouden hoort bij het gebied waarin het ligt volgens dezelfde regel als “Huishoudens aggregeren naar gebieden”, zodat het wordt gekalibreerd in het gebied waarin het wordt geteld: een huishouden ligt op zijn punt (een multipoint of andere geometrie op zijn punt op het oppervlak); op de grens telt als erin; in meerdere overlappende gebieden: het gebied met het laagste object-id. Huishoudens buiten elk gebied of zonder geometrie worden samen gekalibreerd met &lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt;.

Alleen geselecteerde objecten wordt ondersteund. Objecten op hun plaats bewerken niet: die modus van QGIS kan geen velden toevoegen en slaat de kalibratiedoorgang over.

Resultaten: EXPECTED_TOTAL (Σ tg_prob), REFERENCE_COUNT, UNSEEN_VALUES. Het geheugengebruik groeit niet met het aantal huishoudens (twee doorgangen over &lt;i&gt;Invoerlaag&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generates synthetic household points inside area polygons (for example CBS wijken), with correlated attributes of the kind a geodemographic dataset holds, plus library membership and easy-read loans. Use it for demos, training and benchmarks when no licensed household data is available. The households are invented: they describe no real person or address.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Areas (polygons)&lt;/i&gt; (AREAS): polygons. The output points are in the CRS of this layer. A &lt;code&gt;statcode&lt;/code&gt; field, when present, is copied into &lt;code&gt;area_code&lt;/code&gt;; otherwise the feature id is. Areas without geometry, or whose geometry stays empty after repair, get no households and are reported. Invalid polygons are repaired (makeValid) and reported.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Number of households (divided equally over the areas)&lt;/i&gt; (HOUSEHOLDS): total over all areas, divided &lt;i&gt;equally&lt;/i&gt; over the areas with a usable geometry (the remainder one extra each to the first areas). CBS areas are drawn around population rather than land, so an equal share is closer to reality than a share by area, which would put most households in the rural outskirts.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Households per area field (takes precedence over the number)&lt;/i&gt; (COUNT_FIELD, optional): a numeric field giving the number of households of each area (rounded to a whole number; NULL = none). When set, it takes precedence over the total. Negative values are an error.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Random seed&lt;/i&gt; (RANDOM_SEED): the same seed and input give the same output on every platform. Each area draws from its own random streams, seeded from the seed and the area&apos;s position in the input, one for attributes and one for locations.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Add ground truth field tg_truth&lt;/i&gt; (GROUND_TRUTH): adds &lt;code&gt;tg_truth&lt;/code&gt; (1 = the household is in the target group) for benchmarks.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Points are drawn uniformly in the bounding box of the polygon until one falls inside; when %1 attempts in a row fail (a very thin polygon), the polygon&apos;s remaining households are put on its point on surface, and this is reported.&lt;/p&gt;&lt;h3&gt;Latent model&lt;/h3&gt;&lt;p&gt;N is a fresh standard normal draw, [c] is 1 when c holds; flags are probit: 1 when mean + N &amp;gt; 0.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Per area: deprivation D = N and urbanity U = N, shared by its households, so prevalence varies between areas.&lt;/li&gt;&lt;li&gt;Age class of the reference person: 18-34 24%, 35-49 24%, 50-64 25%, 65+ 27%.&lt;/li&gt;&lt;li&gt;First language other than Dutch when -1.15 + 0.35 D + 0.30 U + 0.20 [18-34] - 0.40 [65+] + N &amp;gt; 0 (about 14%).&lt;/li&gt;&lt;li&gt;Socio-economic status S = -0.45 D + 0.15 U + age effect (-0.20, 0.10, 0.15, -0.05) - 0.40 [other language] + 0.85 N.&lt;/li&gt;&lt;li&gt;Literacy in Dutch L = 0.55 S + age effect (0.15, 0.05, -0.05, -0.25) - 0.80 [other language] + 0.80 N; &lt;b&gt;low literacy&lt;/b&gt; when L &amp;lt; %2.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target group (tg_truth)&lt;/b&gt; = low literacy AND first language Dutch (NT1): about 10% of households.&lt;/li&gt;&lt;li&gt;Education: score 0.55 S + 0.45 L + age effect (0.30, 0.15, -0.10, -0.40) + 0.60 N; low below -0.55, high above 0.45.&lt;/li&gt;&lt;li&gt;Household type by age class (single / couple / couple_kids / single_parent / other: 18-34 46/25/14/7/8%, 35-49 20/12/50/13/5%, 50-64 25/38/26/7/4%, 65+ 45/50/1/1/3%); single parents 1.6 times as likely when S &amp;lt; -0.5, 0.6 times when S &amp;gt; 0.5 (at the expense of singles).&lt;/li&gt;&lt;li&gt;Income = exp(ln 36000 + 0.30 S + 0.12 (education - mid) + type effect (single -0.35, couple 0.20, couple_kids 0.25, single_parent -0.20) + age effect (-0.15, 0.10, 0.12, -0.15) + 0.25 N), whole euros.&lt;/li&gt;&lt;li&gt;Tenure: highest of owner 0.40 + 0.80 S - 0.60 [18-34] + 0.30 [couple] - 0.30 U + N; social_rent -0.45 - 0.80 S + 0.20 [65+] + 0.40 [single parent] + N; private_rent -0.90 + 0.35 U + 0.70 [18-34] + N.&lt;/li&gt;&lt;li&gt;Dwelling: highest of detached -0.90 + 0.40 S - 0.70 U &amp;plusmn; owner (+0.60/-0.80) + N; semi_detached -0.50 - 0.30 U &amp;plusmn; owner (+0.40/-0.40) + N; terraced 0.30 + 0.30 [social rent] + N; apartment -0.40 + 0.70 U &amp;plusmn; owner (-0.80/+0.60) + 0.30 [single] + N.&lt;/li&gt;&lt;li&gt;Segment A-K (Mosaic-like groups, e.g. A well-off families, G modest seniors, H families on a tight budget, I urban diversity): the segment whose centre in (S, age class, U, children, other language) is nearest, plus 0.9 N noise per segment. Segments follow S strongly but imperfectly; no segment is more than a third target group.&lt;/li&gt;&lt;li&gt;Interests, media and shopping flags: int_diy -0.60 - 0.25 L + 0.30 [owner] - 0.30 [18-34]; int_tv_soaps -1.00 - 0.45 L + 0.35 [65+]; int_sports -0.30 + 0.25 S + 0.30 [18-34] - 0.60 [65+]; int_reading -0.50 + 0.60 L + 0.25 [65+]; int_gardening -0.90 + (0.70 (semi-)detached, 0.20 terraced, -0.60 apartment) + 0.40 [50+]; media_facebook 0.10 - 0.15 L + 0.20 [18-34] - 0.60 [65+]; media_local_paper -0.80 + 0.80 [65+] + 0.30 [50-64] - 0.15 U - 0.10 L; buy_discount_store -0.20 - 0.45 S - 0.15 L; buy_online 0.20 + 0.25 S + 0.30 L + 0.30 [18-34] - 0.90 [65+].&lt;/li&gt;&lt;li&gt;Library membership is_member: -0.86 + 0.33 L + 0.45 [children] + 0.15 [65+]: about 25% overall, about 12% in the target group.&lt;/li&gt;&lt;li&gt;Easy-read loans in a year, members only: a member borrows with chance %3 in the target group, %4 with low literacy and another first language (NT2 learners), %5 otherwise (false positives); a borrower has 1 + geometric loans (P(more than k) = 0.7^(k-1), mean 3.3). The seed &lt;code&gt;&quot;easy_read_loans&quot; &amp;gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;&lt;/code&gt; is therefore mostly, but not only, target group, and finds only part of it.&lt;/li&gt;&lt;li&gt;Missing values: age_class, education, income and tenure are each NULL for %6% of households, independently and at random.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Random numbers: std::mt19937_64 with portable transforms of our own (uniform from the top 53 bits; normal as the Irwin-Hall sum of twelve 32-bit uniforms, bounded to &amp;plusmn;6).&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Synthetic households&lt;/i&gt; (OUTPUT): points with fields hh_id, area_code, age_class, hh_type, education, income, tenure, dwelling, segment, first_lang, int_diy, int_tv_soaps, int_sports, int_reading, int_gardening, media_facebook, media_local_paper, buy_discount_store, buy_online, is_member, easy_read_loans and, on request, tg_truth. HOUSEHOLD_COUNT is the number written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Genereert synthetische huishoudpunten binnen gebiedspolygonen (bijvoorbeeld CBS-wijken), met gecorreleerde attributen zoals een geodemografische dataset die bevat, plus bibliotheeklidmaatschap en leningen van makkelijk-lezenboeken. Gebruik het voor demo&apos;s, training en benchmarks als er geen gelicentieerde huishoudgegevens beschikbaar zijn. De huishoudens zijn verzonnen: ze beschrijven geen echte persoon en geen echt adres.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Gebieden (polygonen)&lt;/i&gt; (AREAS): polygonen. De uitvoerpunten staan in het CRS van deze laag. Een veld &lt;code&gt;statcode&lt;/code&gt; wordt, als het bestaat, gekopieerd naar &lt;code&gt;area_code&lt;/code&gt;; anders het object-id. Gebieden zonder geometrie, of waarvan de geometrie na reparatie leeg blijft, krijgen geen huishoudens en worden gemeld. Ongeldige polygonen worden gerepareerd (makeValid) en gemeld.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Aantal huishoudens (gelijk verdeeld over de gebieden)&lt;/i&gt; (HOUSEHOLDS): totaal over alle gebieden, &lt;i&gt;gelijk&lt;/i&gt; verdeeld over de gebieden met een bruikbare geometrie (de rest één extra per gebied voor de eerste gebieden). CBS-gebieden zijn rond de bevolking afgebakend en niet rond het grondgebied, dus een gelijk deel ligt dichter bij de werkelijkheid dan een deel naar oppervlakte, dat de meeste huishoudens in het buitengebied zou leggen.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Veld met huishoudens per gebied (gaat voor het aantal)&lt;/i&gt; (COUNT_FIELD, optioneel): een numeriek veld met het aantal huishoudens van elk gebied (afgerond op een geheel getal; NULL = geen). Als dit veld is ingesteld, gaat het voor het totaal. Negatieve waarden zijn een fout.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Startwaarde toevalsgenerator&lt;/i&gt; (RANDOM_SEED): dezelfde startwaarde en invoer geven op elk platform dezelfde uitvoer. Elk gebied trekt uit zijn eigen reeksen toevalsgetallen, afgeleid van de startwaarde en de positie van het gebied in de invoer: één voor attributen en één voor locaties.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Veld tg_truth met grondwaarheid toevoegen&lt;/i&gt; (GROUND_TRUTH): voegt &lt;code&gt;tg_truth&lt;/code&gt; toe (1 = het huishouden hoort bij de doelgroep) voor benchmarks.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Punten worden uniform getrokken in de omhullende rechthoek van de polygoon tot er één binnen de polygoon valt; als %1 pogingen achter elkaar mislukken (een zeer smalle polygoon), worden de resterende huishoudens van de polygoon op het punt op oppervlak gezet, en dat wordt gemeld.&lt;/p&gt;&lt;h3&gt;Latent model&lt;/h3&gt;&lt;p&gt;N is een nieuwe trekking uit de standaardnormale verdeling, [c] is 1 als c geldt; vlaggen zijn probit: 1 als gemiddelde + N &amp;gt; 0.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Per gebied: achterstand D = N en stedelijkheid U = N, gedeeld door de huishoudens van het gebied, zodat de prevalentie tussen gebieden verschilt.&lt;/li&gt;&lt;li&gt;Leeftijdsklasse van de referentiepersoon: 18-34 24%, 35-49 24%, 50-64 25%, 65+ 27%.&lt;/li&gt;&lt;li&gt;Eerste taal anders dan Nederlands als -1.15 + 0.35 D + 0.30 U + 0.20 [18-34] - 0.40 [65+] + N &amp;gt; 0 (ongeveer 14%).&lt;/li&gt;&lt;li&gt;Sociaal-economische status S = -0.45 D + 0.15 U + leeftijdseffect (-0.20, 0.10, 0.15, -0.05) - 0.40 [andere taal] + 0.85 N.&lt;/li&gt;&lt;li&gt;Geletterdheid in het Nederlands L = 0.55 S + leeftijdseffect (0.15, 0.05, -0.05, -0.25) - 0.80 [andere taal] + 0.80 N; &lt;b&gt;laaggeletterd&lt;/b&gt; als L &amp;lt; %2.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Doelgroep (tg_truth)&lt;/b&gt; = laaggeletterd EN eerste taal Nederlands (NT1): ongeveer 10% van de huishoudens.&lt;/li&gt;&lt;li&gt;Opleiding: score 0.55 S + 0.45 L + leeftijdseffect (0.30, 0.15, -0.10, -0.40) + 0.60 N; laag onder -0.55, hoog boven 0.45.&lt;/li&gt;&lt;li&gt;Huishoudtype naar leeftijdsklasse (single / couple / couple_kids / single_parent / other: 18-34 46/25/14/7/8%, 35-49 20/12/50/13/5%, 50-64 25/38/26/7/4%, 65+ 45/50/1/1/3%); eenoudergezinnen 1.6 keer zo waarschijnlijk als S &amp;lt; -0.5, 0.6 keer als S &amp;gt; 0.5 (ten koste van alleenstaanden).&lt;/li&gt;&lt;li&gt;Inkomen = exp(ln 36000 + 0.30 S + 0.12 (opleiding - mid) + effect van het type (single -0.35, couple 0.20, couple_kids 0.25, single_parent -0.20) + leeftijdseffect (-0.15, 0.10, 0.12, -0.15) + 0.25 N), in hele euro&apos;s.&lt;/li&gt;&lt;li&gt;Woonsituatie (tenure): de hoogste van owner 0.40 + 0.80 S - 0.60 [18-34] + 0.30 [couple] - 0.30 U + N; social_rent -0.45 - 0.80 S + 0.20 [65+] + 0.40 [single parent] + N; private_rent -0.90 + 0.35 U + 0.70 [18-34] + N.&lt;/li&gt;&lt;li&gt;Woningtype (dwelling): de hoogste van detached -0.90 + 0.40 S - 0.70 U &amp;plusmn; owner (+0.60/-0.80) + N; semi_detached -0.50 - 0.30 U &amp;plusmn; owner (+0.40/-0.40) + N; terraced 0.30 + 0.30 [social rent] + N; apartment -0.40 + 0.70 U &amp;plusmn; owner (-0.80/+0.60) + 0.30 [single] + N.&lt;/li&gt;&lt;li&gt;Segment A-K (groepen zoals in Mosaic, bijvoorbeeld A welgestelde gezinnen, G bescheiden senioren, H gezinnen met een krap budget, I stedelijke diversiteit): het segment waarvan het centrum in (S, leeftijdsklasse, U, kinderen, andere taal) het dichtstbij ligt, plus 0.9 N ruis per segment. Segmenten volgen S sterk maar niet volledig; geen enkel segment bestaat voor meer dan een derde uit de doelgroep.&lt;/li&gt;&lt;li&gt;Vlaggen voor interesses, media en winkelen: int_diy -0.60 - 0.25 L + 0.30 [owner] - 0.30 [18-34]; int_tv_soaps -1.00 - 0.45 L + 0.35 [65+]; int_sports -0.30 + 0.25 S + 0.30 [18-34] - 0.60 [65+]; int_reading -0.50 + 0.60 L + 0.25 [65+]; int_gardening -0.90 + (0.70 (semi-)detached, 0.20 terraced, -0.60 apartment) + 0.40 [50+]; media_facebook 0.10 - 0.15 L + 0.20 [18-34] - 0.60 [65+]; media_local_paper -0.80 + 0.80 [65+] + 0.30 [50-64] - 0.15 U - 0.10 L; buy_discount_store -0.20 - 0.45 S - 0.15 L; buy_online 0.20 + 0.25 S + 0.30 L + 0.30 [18-34] - 0.90 [65+].&lt;/li&gt;&lt;li&gt;Bibliotheeklidmaatschap is_member: -0.86 + 0.33 L + 0.45 [kinderen] + 0.15 [65+]: ongeveer 25% in totaal, ongeveer 12% in de doelgroep.&lt;/li&gt;&lt;li&gt;Leningen van makkelijk-lezenboeken in een jaar, alleen voor leden: een lid leent met kans %3 in de doelgroep, %4 bij laaggeletterdheid met een andere eerste taal (NT2-leerders), %5 in de overige gevallen (fout-positieven); een lener heeft 1 + een geometrisch verdeeld aantal leningen (P(meer dan k) = 0.7^(k-1), gemiddeld 3.3). De voorbeeldgroep &lt;code&gt;&quot;easy_read_loans&quot; &amp;gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;&lt;/code&gt; bestaat daardoor grotendeels, maar niet alleen, uit de doelgroep, en vindt maar een deel ervan.&lt;/li&gt;&lt;li&gt;Ontbrekende waarden: age_class, education, income en tenure zijn elk NULL voor %6% van de huishoudens, onafhankelijk en willekeurig.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Toevalsgetallen: std::mt19937_64 met eigen, platformonafhankelijke transformaties (uniform uit de bovenste 53 bits; normaal als de Irwin-Hall-som van twaalf uniforme 32-bitsgetallen, begrensd tot &amp;plusmn;6).&lt;/p&gt;&lt;h3&gt;Uitvoer&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Synthetische huishoudens&lt;/i&gt; (OUTPUT): punten met de velden hh_id, area_code, age_class, hh_type, education, income, tenure, dwelling, segment, first_lang, int_diy, int_tv_soaps, int_sports, int_reading, int_gardening, media_facebook, media_local_paper, buy_discount_store, buy_online, is_member, easy_read_loans en, op verzoek, tg_truth. HOUSEHOLD_COUNT is het aantal geschreven huishoudens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Colour: the expected share of households that belong to the target group, in %1 classes with about equally many areas each. Grey areas are suppressed.</source>
        <translation>Kleur: het verwachte aandeel huishoudens dat tot de doelgroep behoort, in %1 klassen met elk ongeveer evenveel gebieden. Grijze gebieden zijn afgeschermd.</translation>
    </message>
    <message>
        <source>Colour: the expected share of households that belong to the target group; the areas differ too little (or are too few) for more than one class. Grey areas are suppressed.</source>
        <translation>Kleur: het verwachte aandeel huishoudens dat tot de doelgroep behoort; de gebieden verschillen te weinig (of zijn te weinig in aantal) voor meer dan één klasse. Grijze gebieden zijn afgeschermd.</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
</context>
<context>
    <name>targetgroup::TargetGroupProvider</name>
    <message>
        <source>Target group profiling</source>
        <translation>Doelgroepprofilering</translation>
    </message>
    <message>
        <source>Target group profiling %1</source>
        <translation>Doelgroepprofilering %1</translation>
    </message>
</context>
</TS>
