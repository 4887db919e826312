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
        <source>&lt;p&gt;Writes a short report on an area layer made by &quot;Aggregate households to areas&quot; or &quot;Roll up areas&quot;: a map of the expected share of target-group households, the areas with the most expected target households and with the most untapped potential, membership reach, the soft characteristics from the profile, and the methods and caveats a reader needs.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Areas with target-group figures&lt;/i&gt; (AREAS) need the fields hh_total, tg_expected, tg_expected_low, tg_expected_high, tg_share, tg_index, mem_tg_expected, tg_reach, tg_untapped and suppressed. &lt;i&gt;Area name field&lt;/i&gt; (NAME_FIELD) names the areas; without it statnaam (CBS) is used when the layer has it, else the feature id. A statcode field is shown beside the name.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Profile (for the soft characteristics)&lt;/i&gt; (PROFILE, optional): the profile JSON from &quot;Build target group profile&quot;; its descriptive fields give the soft characteristics, sorted by index. &lt;i&gt;Prevalence used in scoring (0–1, for the methods section)&lt;/i&gt; (PREVALENCE, optional) and &lt;i&gt;Suppression threshold used in aggregation (for the legend)&lt;/i&gt; (MIN_COUNT, optional) are the values used in the scoring and aggregation runs; they are quoted in the report and the map legend.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Number of top areas to list&lt;/i&gt; (TOP_N, default 10) sets the length of each ranking. Suppressed areas are grey on the map and left out of the rankings and totals.&lt;/p&gt;&lt;p&gt;Outputs: &lt;i&gt;Area report&lt;/i&gt; (OUTPUT_HTML), the report (plain HTML without scripts, readable in a browser and in the QGIS results viewer), and &lt;i&gt;Map image&lt;/i&gt; (OUTPUT_MAP), the map as PNG (by default beside the report, as &amp;lt;report&amp;gt;_map.png), drawn with QGIS&apos;s own renderer and the default area style. The report refers to the map by a relative path: keep the two files together.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schrijft een kort rapport over een gebiedenlaag die is gemaakt met &quot;Huishoudens aggregeren naar gebieden&quot; of &quot;Gebieden opschalen&quot;: een kaart van het verwachte aandeel doelgroephuishoudens, de gebieden met de meeste verwachte doelgroephuishoudens en met het meeste onbenutte potentieel, het bereik onder bibliotheekleden, de zachte kenmerken uit het profiel, en de methoden en kanttekeningen die een lezer nodig heeft.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Gebieden met doelgroepcijfers&lt;/i&gt; (AREAS) moeten de velden hh_total, tg_expected, tg_expected_low, tg_expected_high, tg_share, tg_index, mem_tg_expected, tg_reach, tg_untapped en suppressed hebben. &lt;i&gt;Veld met gebiedsnaam&lt;/i&gt; (NAME_FIELD) geeft de naam van de gebieden; zonder dit veld wordt statnaam (CBS) gebruikt als de laag dat veld heeft, anders het object-id. Een veld statcode wordt naast de naam getoond.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Profiel (voor de zachte kenmerken)&lt;/i&gt; (PROFILE, optioneel): het profiel-JSON van &quot;Doelgroepprofiel maken&quot;; de beschrijvende velden daarin leveren de zachte kenmerken, gesorteerd op index. &lt;i&gt;Bij het scoren gebruikte prevalentie (0–1, voor de methodensectie)&lt;/i&gt; (PREVALENCE, optioneel) en &lt;i&gt;Bij het aggregeren gebruikte afschermingsdrempel (voor de legenda)&lt;/i&gt; (MIN_COUNT, optioneel) zijn de waarden die bij het scoren en aggregeren zijn gebruikt; ze worden in het rapport en in de kaartlegenda vermeld.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Aantal topgebieden in de lijst&lt;/i&gt; (TOP_N, standaard 10) bepaalt de lengte van elke ranglijst. Afgeschermde gebieden zijn grijs op de kaart en blijven buiten de ranglijsten en totalen.&lt;/p&gt;&lt;p&gt;Uitvoer: &lt;i&gt;Gebiedsrapport&lt;/i&gt; (OUTPUT_HTML), het rapport (eenvoudige HTML zonder scripts, leesbaar in een browser en in de resultatenviewer van QGIS), en &lt;i&gt;Kaartafbeelding&lt;/i&gt; (OUTPUT_MAP), de kaart als PNG (standaard naast het rapport, als &amp;lt;rapport&amp;gt;_map.png), getekend met de eigen renderer van QGIS en de standaardstijl voor gebieden. Het rapport verwijst met een relatief pad naar de kaart: houd de twee bestanden bij elkaar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Aggregates &lt;i&gt;Fine areas (output of Aggregate households to areas, MIN_COUNT 0)&lt;/i&gt; (INPUT), e.g. buurten, to &lt;i&gt;Coarse areas&lt;/i&gt; (AREAS), e.g. wijken, gemeenten, provincies, without reading the households again. The additive fields hh_total, tg_expected, tg_variance, tg_ref, mem_total and mem_tg_expected are summed; tg_expected_low/high, tg_share, tg_index, mem_penetration, tg_reach and tg_untapped are recomputed from the sums, and suppression is applied to the coarse areas with &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; (MIN_COUNT). The result equals running &quot;Aggregate households to areas&quot; on the coarse polygons directly, provided every fine area lies in one coarse area (tg_index is relative to the households of the fine areas that found a coarse area).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy and exactness&lt;/b&gt;: sums cannot be recovered from suppressed areas, so the fine areas must not contain suppressed rows. Run &quot;Aggregate households to areas&quot; once on the finest level with &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; = 0 into a temporary layer that you do not publish, then roll it up to every level you publish, the finest included (join it by code to the same fine layer): each published level is suppressed with &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; here.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Join fine to coarse areas&lt;/i&gt; (JOIN_METHOD): &lt;i&gt;by code&lt;/i&gt; uses the CBS hierarchy by code prefix: after the letters, a coarse code is the start of its fine codes (BU02280101 -&gt; WK022801 -&gt; GM0228; WK0363AA -&gt; GM0363). &lt;i&gt;Code field of the fine areas&lt;/i&gt; (FINE_CODE_FIELD) and &lt;i&gt;Code field of the coarse areas&lt;/i&gt; (COARSE_CODE_FIELD) name the code fields (default statcode). Provincie codes (PVnn) are not part of the code hierarchy: join provinces spatially. &lt;i&gt;Spatially&lt;/i&gt; places each fine area&apos;s point on surface in the coarse polygon that contains it (the one with the lowest feature id when several do); the layers may have different CRSs. &lt;i&gt;Automatic&lt;/i&gt; joins by code when both code fields exist and the first code of each layer is a buurt, wijk or gemeente code (BU, WK, GM: the levels that nest by prefix), and spatially otherwise (no code field, provincie codes PVnn, other codes); the log says which join was used and why.&lt;/p&gt;&lt;p&gt;Fine areas that find no coarse area are counted (UNMATCHED, UNMATCHED_HOUSEHOLDS) and reported, never dropped silently. &lt;i&gt;Coarse areas with target-group figures&lt;/i&gt; (OUTPUT) keeps every coarse area with its fields and geometry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aggregeert &lt;i&gt;Fijne gebieden (uitvoer van Huishoudens aggregeren naar gebieden, MIN_COUNT 0)&lt;/i&gt; (INPUT), bijvoorbeeld buurten, naar &lt;i&gt;Grove gebieden&lt;/i&gt; (AREAS), bijvoorbeeld wijken, gemeenten, provincies, zonder de huishoudens opnieuw te lezen. De optelbare velden hh_total, tg_expected, tg_variance, tg_ref, mem_total en mem_tg_expected worden opgeteld; tg_expected_low/high, tg_share, tg_index, mem_penetration, tg_reach en tg_untapped worden uit de sommen herberekend, en de afscherming wordt op de grove gebieden toegepast met &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; (MIN_COUNT). Het resultaat is gelijk aan &quot;Huishoudens aggregeren naar gebieden&quot; rechtstreeks op de grove polygonen, mits elk fijn gebied in één grof gebied ligt (tg_index is relatief ten opzichte van de huishoudens van de fijne gebieden die een grof gebied hebben gevonden).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy en exactheid&lt;/b&gt;: uit afgeschermde gebieden zijn de sommen niet terug te halen, dus de fijne gebieden mogen geen afgeschermde rijen bevatten. Voer &quot;Huishoudens aggregeren naar gebieden&quot; één keer uit op het fijnste niveau met &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; = 0 naar een tijdelijke laag die u niet publiceert, en schaal die laag op naar elk niveau dat u publiceert, het fijnste inbegrepen (koppel daarvoor op code aan dezelfde fijne laag): elk gepubliceerd niveau wordt hier afgeschermd met &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Fijne gebieden koppelen aan grove gebieden&lt;/i&gt; (JOIN_METHOD): &lt;i&gt;op code&lt;/i&gt; gebruikt de CBS-hiërarchie via het begin van de code: na de letters is een grove code het begin van zijn fijne codes (BU02280101 -&gt; WK022801 -&gt; GM0228; WK0363AA -&gt; GM0363). &lt;i&gt;Codeveld van de fijne gebieden&lt;/i&gt; (FINE_CODE_FIELD) en &lt;i&gt;Codeveld van de grove gebieden&lt;/i&gt; (COARSE_CODE_FIELD) noemen de codevelden (standaard statcode). Provinciecodes (PVnn) horen niet bij de codehiërarchie: koppel provincies ruimtelijk. &lt;i&gt;Ruimtelijk&lt;/i&gt; plaatst het punt op oppervlak van elk fijn gebied in de grove polygoon die het bevat (die met het laagste object-id als er meerdere zijn); de lagen mogen verschillende CRS&apos;en hebben. &lt;i&gt;Automatisch&lt;/i&gt; koppelt op code als beide codevelden bestaan en de eerste code van elke laag een buurt-, wijk- of gemeentecode is (BU, WK, GM: de niveaus die via hun begin in elkaar passen), en anders ruimtelijk (geen codeveld, provinciecodes PVnn, andere codes); het logboek meldt welke koppeling is gebruikt en waarom.&lt;/p&gt;&lt;p&gt;Fijne gebieden die geen grof gebied vinden, worden geteld (UNMATCHED, UNMATCHED_HOUSEHOLDS) en gemeld, nooit stilzwijgend weggelaten. &lt;i&gt;Grofste gebieden met doelgroepcijfers&lt;/i&gt; (OUTPUT) behoudt elk grof gebied met zijn velden en geometrie.&lt;/p&gt;</translation>
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
    <message>
        <source>Members that match no household</source>
        <translation>Leden die bij geen enkel huishouden horen</translation>
    </message>
    <message>
        <source>Both MEMBER (the expression %1) and MEMBERS (a member file) are given. Give one source of membership: clear MEMBER to use the member file, or clear MEMBERS.</source>
        <translation>Zowel MEMBER (de expressie %1) als MEMBERS (een ledenbestand) is opgegeven. Geef één bron voor het lidmaatschap: maak MEMBER leeg om het ledenbestand te gebruiken, of maak MEMBERS leeg.</translation>
    </message>
    <message>
        <source>Matching the member file %1 to the households of INPUT by address.</source>
        <translation>Het ledenbestand %1 wordt op adres gekoppeld aan de huishoudens van INPUT.</translation>
    </message>
    <message>
        <source>Internal error: %1 member households counted in the areas, but the member file matched %2. Please report this.</source>
        <translation>Interne fout: %1 huishoudens met leden geteld in de gebieden, maar het ledenbestand koppelde er %2. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>UNMATCHED_MEMBERS</source>
        <translation>UNMATCHED_MEMBERS</translation>
    </message>
    <message>
        <source>Figures and reports per library service area</source>
        <translation>Cijfers en rapporten per werkgebied van een bibliotheek</translation>
    </message>
    <message>
        <source>Figures per library</source>
        <translation>Cijfers per bibliotheek</translation>
    </message>
    <message>
        <source>Finest areas with their library</source>
        <translation>Fijnste gebieden met hun bibliotheek</translation>
    </message>
    <message>
        <source>Folder with a report per library</source>
        <translation>Map met een rapport per bibliotheek</translation>
    </message>
    <message>
        <source>Members read</source>
        <translation>Gelezen leden</translation>
    </message>
    <message>
        <source>Members matched to a household</source>
        <translation>Aan een huishouden gekoppelde leden</translation>
    </message>
    <message>
        <source>Households with members</source>
        <translation>Huishoudens met leden</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Finest areas in no library service area</source>
        <translation>Fijnste gebieden in geen enkel werkgebied</translation>
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
The profile also holds a &lt;b&gt;PU logistic model&lt;/b&gt; (scoring method 2): a logistic regression of seed households against the other base households on all scoring fields&apos; categories at once, with an L2 penalty (λ = 1: a normal prior with standard deviation 1 on each log odds ratio), fitted by Newton-Raphson. The seed is positive-unlabelled data: the other base households include target households that never became seed, and such a model ranks households as the chance of being in the target group does (Elkan &amp;amp; Noto 2008). Above 500,000 other base households it is fitted on a random sample of that many (fixed random seed, so runs repeat), which changes only the intercept that scoring solves anyway.
&lt;b&gt;Adjusted index&lt;/b&gt;: per category of a scoring field, the model&apos;s odds ratio against the field&apos;s average household with its 95% interval (table fields adj_or, adj_or_low, adj_or_high): what still sets the seed apart when the other fields are taken into account. A category whose index is high only because it goes with another field has an adjusted odds ratio near 1.

&lt;b&gt;Self-assessment&lt;/b&gt;: the seed is split at random (fixed random seed) into %1 parts; each part in turn is left out, both methods are fitted on the rest, and the left-out seed households are ranked among the other base households. Reported per method: the share of them in the top 10% and top 20%, and the AUC (the chance that a left-out seed household scores above a random base household; 0.5 = guessing). PU logistic is recommended when its AUC exceeds the likelihood&apos;s by more than twice the standard error of the difference (from the paired results of the left-out households), the profile likelihood otherwise: the logistic model also learns the seed&apos;s own peculiarities, noise included, which flatters it here. scorehouseholds uses the recommended method by default. These figures measure how well the seed is recognised, not the target group: seed households found through the library resemble each other more than they resemble target households the library never reaches, so they overstate the quality for the whole target group; they are best used to compare methods and profiles. Outputs: SEED_RECALL_TOP10 and SEED_AUC of the recommended method, RECOMMENDED_METHOD (0 or 2).

&lt;b&gt;Outputs&lt;/b&gt;: &lt;i&gt;Profile&lt;/i&gt; (OUTPUT_PROFILE), a .json file in a documented format holding aggregate counts only, never household rows or identifiers; &lt;i&gt;Profile table&lt;/i&gt; (OUTPUT_TABLE), with one row per field and category; and optionally &lt;i&gt;Profile report&lt;/i&gt; (OUTPUT_HTML), in HTML. A seed under 100 households gives a warning with the widest interval.</source>
        <translation>Maakt een doelgroepprofiel: welke kenmerken oververtegenwoordigd zijn onder de voorbeeldhuishoudens (bijvoorbeeld huishoudens waarvan volwassenen makkelijk-lezenboeken lenen) vergeleken met een vergelijkingsbasis, en hoe sterk.

&lt;i&gt;Voorbeeldhuishoudens (expressie)&lt;/i&gt; (SEED): een expressie die de voorbeeldhuishoudens selecteert, bijvoorbeeld &quot;easy_read_loans&quot; &gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;.
&lt;i&gt;Vergelijkingsbasis (expressie; leeg: alle huishoudens)&lt;/i&gt; (BASE): een optionele expressie; standaard alle huishoudens van &lt;i&gt;Huishoudens&lt;/i&gt; (INPUT). Kies haar zorgvuldig: voorbeeldhuishoudens die via de bibliotheek zijn gevonden, zijn in de eerste plaats bibliotheekleden. Vergeleken met alle huishoudens mengt het profiel &apos;is lid&apos; door &apos;hoort bij de doelgroep&apos; (leden zijn ouder, vaker gezinnen, vaker lezers). Vergeleken met alleen leden (bijvoorbeeld &quot;is_member&quot; = 1) laat het profiel zien wat de voorbeeldgroep onder de leden onderscheidt, maar zegt het niets over huishoudens die de bibliotheek niet bereikt. Maak beide en vergelijk ze. Elk voorbeeldhuishouden moet deel uitmaken van de vergelijkingsbasis.

&lt;i&gt;Profielvelden (gebruikt voor het scoren)&lt;/i&gt; (FIELDS) worden gebruikt voor het scoren: tekstvelden en gehele-getalvelden met hoogstens 12 verschillende waarden zijn categorieën; andere numerieke velden (en elk veld met reële getallen) worden ingedeeld in kwantielklassen van de vergelijkingsbasis, zoveel als &lt;i&gt;Kwantielklassen voor numerieke velden&lt;/i&gt; (BINS) (de klassengrenzen worden in het profiel bewaard). NULL (en lege tekst) is een eigen categorie, &quot;(missing)&quot;, en wordt nooit weggelaten. &lt;i&gt;Beschrijvende velden (gerapporteerd, niet gescoord)&lt;/i&gt; (DESCRIPTIVE_FIELDS), bijvoorbeeld interesses, media, koopgedrag, worden gerapporteerd maar niet gebruikt voor het scoren.

&lt;b&gt;Kleine cellen&lt;/b&gt;: met m de &lt;i&gt;Minimale celgrootte (kleinere categorieën worden samengevoegd in &quot;(other)&quot;)&lt;/i&gt; (MIN_CELL) wordt een categorie met minder dan m voorbeeld- of basishuishoudens samengevoegd in &quot;(other)&quot;; zolang &quot;(other)&quot; minder dan m basishuishoudens heeft, of tussen 1 en m − 1 voorbeeldhuishoudens, wordt de kleinste overgebleven categorie erbij gevoegd. Zo verschijnt nergens een aantal van 1 tot en met m − 1, ook niet door aftrekken. Een &quot;(other)&quot; zonder enig voorbeeldhuishouden blijft bestaan: het maakt niemand herkenbaar, en het vertelt het scoren dat die waarden zeldzaam zijn in de voorbeeldgroep.

&lt;b&gt;Index&lt;/b&gt; = 100 × (aandeel van de voorbeeldgroep in de categorie) / (aandeel van de vergelijkingsbasis erin); 100 betekent hetzelfde aandeel als in de vergelijkingsbasis. Het 95%-interval is dat van een verhouding van twee proporties op logschaal (Katz): se = √(1/a − 1/A + 1/b − 1/B) voor a van A voorbeeldhuishoudens en b van B basishuishoudens. Omdat de voorbeeldgroep deel uitmaakt van de vergelijkingsbasis, is dit interval iets conservatief. &lt;i&gt;significant&lt;/i&gt; = het interval bevat 100 niet.
&lt;b&gt;Kwadrant&lt;/b&gt; (de game-plan-grafiek van Esri): kern = index ≥ 110 en aandeel in de voorbeeldgroep ≥ het gemiddelde aandeel van een categorie van dat veld (100% / aantal categorieën); ontwikkeling = aandeel ≥ gemiddelde, index &amp;lt; 110; niche = index ≥ 110, aandeel &amp;lt; gemiddelde; overig = de rest.

Het &lt;b&gt;scoren&lt;/b&gt; gebruikt per categorie de likelihoodratio, voor kleine cellen naar 1 toe gekrompen, (a + k) / (e + k) met e het aantal voorbeeldhuishoudens dat op grond van het aandeel in de vergelijkingsbasis wordt verwacht en k = 10 huishoudens, en weegt elk veld met 1 / (1 + Σr²) over zijn correlaties r met de andere scorevelden (een veld dat een ander dupliceert, telt half).
Het profiel bevat ook een &lt;b&gt;PU-logistisch model&lt;/b&gt; (scoremethode 2): een logistische regressie van de voorbeeldhuishoudens tegen de overige huishoudens in de vergelijkingsbasis op de categorieën van alle scorevelden tegelijk, met een L2-straf (λ = 1: een normale prior met standaardafwijking 1 op elke log-oddsratio), geschat met Newton-Raphson. De voorbeeldgroep is positive-unlabelled-data: de overige huishoudens in de vergelijkingsbasis bevatten doelgroephuishoudens die nooit in de voorbeeldgroep terechtkwamen, en zo&apos;n model rangschikt huishoudens zoals de kans om tot de doelgroep te behoren dat doet (Elkan &amp;amp; Noto 2008). Boven 500.000 overige huishoudens in de vergelijkingsbasis wordt het geschat op een willekeurige steekproef van dat aantal (vaste startwaarde, dus herhaalde runs geven hetzelfde), wat alleen het intercept verandert dat het scoren toch zelf oplost.
&lt;b&gt;Gecorrigeerde index&lt;/b&gt;: per categorie van een scoreveld de oddsratio van het model tegen het gemiddelde huishouden van het veld, met het 95%-interval (tabelvelden adj_or, adj_or_low, adj_or_high): wat de voorbeeldgroep nog onderscheidt wanneer met de andere velden rekening wordt gehouden. Een categorie waarvan de index alleen hoog is omdat ze samengaat met een ander veld, heeft een gecorrigeerde oddsratio van bijna 1.

&lt;b&gt;Zelftoets&lt;/b&gt;: de voorbeeldgroep wordt willekeurig (vaste startwaarde) in %1 delen gesplitst; elk deel wordt om de beurt weggelaten, beide methoden worden op de rest geschat en de weggelaten voorbeeldhuishoudens worden gerangschikt tussen de overige huishoudens in de vergelijkingsbasis. Per methode gemeld: hun aandeel in de top 10% en de top 20%, en de AUC (de kans dat een weggelaten voorbeeldhuishouden hoger scoort dan een willekeurig huishouden uit de vergelijkingsbasis; 0,5 = gokken). PU-logistisch wordt aanbevolen als de AUC ervan die van de likelihood met meer dan tweemaal de standaardfout van het verschil overtreft (uit de gepaarde resultaten van de weggelaten huishoudens), anders de profiel-likelihood: het logistische model leert ook de eigenaardigheden van de voorbeeldgroep zelf, ruis inbegrepen, wat het hier gunstiger laat uitkomen. scorehouseholds gebruikt standaard de aanbevolen methode. Deze cijfers meten hoe goed de voorbeeldgroep wordt herkend, niet de doelgroep: voorbeeldhuishoudens die via de bibliotheek zijn gevonden, lijken meer op elkaar dan op doelgroephuishoudens die de bibliotheek nooit bereikt, dus ze overschatten de kwaliteit voor de hele doelgroep; ze zijn vooral bruikbaar om methoden en profielen te vergelijken. Uitvoer: SEED_RECALL_TOP10 en SEED_AUC van de aanbevolen methode, RECOMMENDED_METHOD (0 of 2).

&lt;b&gt;Uitvoer&lt;/b&gt;: &lt;i&gt;Profiel&lt;/i&gt; (OUTPUT_PROFILE), een .json-bestand in een gedocumenteerd formaat met alleen geaggregeerde aantallen, nooit rijen of identificaties van huishoudens; &lt;i&gt;Profieltabel&lt;/i&gt; (OUTPUT_TABLE), met één rij per veld en categorie; en optioneel &lt;i&gt;Profielrapport&lt;/i&gt; (OUTPUT_HTML), in HTML. Een voorbeeldgroep van minder dan 100 huishoudens geeft een waarschuwing met het breedste interval.</translation>
    </message>
    <message>
        <source>Held-out seed households in the top 10% of the base (self-assessment)</source>
        <translation>Weggelaten voorbeeldhuishoudens in de top 10% van de vergelijkingsbasis (zelftoets)</translation>
    </message>
    <message>
        <source>Seed-vs-base AUC of held-out seed households (self-assessment)</source>
        <translation>AUC voorbeeldgroep tegen vergelijkingsbasis van weggelaten voorbeeldhuishoudens (zelftoets)</translation>
    </message>
    <message>
        <source>Recommended scoring method (0 profile likelihood, 2 PU logistic)</source>
        <translation>Aanbevolen scoremethode (0 profiel-likelihood, 2 PU-logistisch)</translation>
    </message>
    <message>
        <source>The third pass read %1 base households, the first %2: the input layer changed while the profile was built. Run the algorithm again when the layer is not being edited.</source>
        <translation>De derde doorgang las %1 huishoudens uit de vergelijkingsbasis, de eerste %2: de invoerlaag veranderde terwijl het profiel werd gemaakt. Voer het algoritme opnieuw uit wanneer de laag niet wordt bewerkt.</translation>
    </message>
    <message>
        <source>PU logistic model: fitted on all %1 seed households and a random sample of %2 of the %3 other base households (fixed random seed, so runs repeat).</source>
        <translation>PU-logistisch model: geschat op alle %1 voorbeeldhuishoudens en een willekeurige steekproef van %2 van de %3 overige huishoudens in de vergelijkingsbasis (vaste startwaarde, dus herhaalde runs geven hetzelfde).</translation>
    </message>
    <message>
        <source>PU logistic model: not converged after %1 iterations; its coefficients are approximate.</source>
        <translation>PU-logistisch model: niet geconvergeerd na %1 iteraties; de coëfficiënten zijn bij benadering.</translation>
    </message>
    <message>
        <source>The PU logistic model could not be fitted (%1); the profile holds the likelihood method only.</source>
        <translation>Het PU-logistische model kon niet worden geschat (%1); het profiel bevat alleen de likelihood-methode.</translation>
    </message>
    <message>
        <source>%1: %2% of held-out seed households in the top 10% of the base, %3% in the top 20%, AUC %4.</source>
        <translation>%1: %2% van de weggelaten voorbeeldhuishoudens in de top 10% van de vergelijkingsbasis, %3% in de top 20%, AUC %4.</translation>
    </message>
    <message>
        <source>Self-assessment (%1-fold over the seed: fitted without a fifth of the seed, then that fifth ranked among the other base households):</source>
        <translation>Zelftoets (%1-voudig over de voorbeeldgroep: geschat zonder een vijfde van de voorbeeldgroep, waarna dat vijfde is gerangschikt tussen de overige huishoudens in de vergelijkingsbasis):</translation>
    </message>
    <message>
        <source>Profile likelihood (METHOD 0)</source>
        <translation>Profiel-likelihood (METHOD 0)</translation>
    </message>
    <message>
        <source>PU logistic (METHOD 2)</source>
        <translation>PU-logistisch (METHOD 2)</translation>
    </message>
    <message>
        <source>Recommended: PU logistic, which ranked the held-out seed households clearly higher: AUC %1 against %2, a gain of more than twice its standard error %3.</source>
        <translation>Aanbevolen: PU-logistisch, dat de weggelaten voorbeeldhuishoudens duidelijk hoger rangschikte: AUC %1 tegen %2, een winst van meer dan tweemaal de standaardfout %3.</translation>
    </message>
    <message>
        <source>Recommended: profile likelihood. PU logistic did not rank the held-out seed households clearly higher: AUC %1 against %2, where a gain of more than twice the standard error %3 is needed.</source>
        <translation>Aanbevolen: profiel-likelihood. PU-logistisch rangschikte de weggelaten voorbeeldhuishoudens niet duidelijk hoger: AUC %1 tegen %2, terwijl een winst van meer dan tweemaal de standaardfout %3 nodig is.</translation>
    </message>
    <message>
        <source>Every area is suppressed, so no reach per area can be shown.</source>
        <translation>Alle gebieden zijn afgeschermd, dus er kan geen bereik per gebied worden getoond.</translation>
    </message>
    <message>
        <source>The dashed line is the boundary of the service area.</source>
        <translation>De stippellijn is de grens van het werkgebied.</translation>
    </message>
    <message>
        <source>%1 has figures that cannot come from households: %2. Use an unedited output of &quot;Aggregate households to areas&quot; (MIN_COUNT 0).</source>
        <translation>%1 heeft cijfers die niet van huishoudens afkomstig kunnen zijn: %2. Gebruik een onbewerkte uitvoer van &quot;Huishoudens aggregeren naar gebieden&quot; (MIN_COUNT 0).</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;: use the output of &quot;Aggregate households to areas&quot; (targetgroup:aggregateareas).</source>
        <translation>%1 heeft geen veld &quot;%2&quot;: gebruik de uitvoer van &quot;Huishoudens aggregeren naar gebieden&quot; (targetgroup:aggregateareas).</translation>
    </message>
    <message>
        <source>%1 is suppressed, so its sums are withheld and a sum over it would undercount. %2</source>
        <translation>%1 is afgeschermd, dus de sommen ervan ontbreken en een som erover zou te laag uitvallen. %2</translation>
    </message>
    <message>
        <source>%1 has no value in &quot;%2&quot;; use an unedited output of &quot;Aggregate households to areas&quot;.</source>
        <translation>%1 heeft geen waarde in &quot;%2&quot;; gebruik een onbewerkte uitvoer van &quot;Huishoudens aggregeren naar gebieden&quot;.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Member file (table of members by address)</source>
        <translation>Ledenbestand (tabel met leden per adres)</translation>
    </message>
    <message>
        <source>The members as the library system exports them: a CSV (any separator), a spreadsheet or any vector layer, with or without geometry; one row per member.</source>
        <translation>De leden zoals het bibliotheeksysteem ze exporteert: een CSV (elk scheidingsteken), een spreadsheet of een vectorlaag, met of zonder geometrie; één rij per lid.</translation>
    </message>
    <message>
        <source>Households: postcode field</source>
        <translation>Huishoudens: postcodeveld</translation>
    </message>
    <message>
        <source>Households: house number field</source>
        <translation>Huishoudens: huisnummerveld</translation>
    </message>
    <message>
        <source>Households: house-number addition field (optional)</source>
        <translation>Huishoudens: veld huisnummertoevoeging (optioneel)</translation>
    </message>
    <message>
        <source>Members: postcode field</source>
        <translation>Leden: postcodeveld</translation>
    </message>
    <message>
        <source>Members: house number field (may hold the addition, e.g. 12a)</source>
        <translation>Leden: huisnummerveld (mag de toevoeging bevatten, bijvoorbeeld 12a)</translation>
    </message>
    <message>
        <source>Members: house-number addition field (optional)</source>
        <translation>Leden: veld huisnummertoevoeging (optioneel)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Member file&lt;/b&gt; (MEMBERS): one row per member, keyed by address; the member&apos;s other fields (name, member number) are never copied to the households. The address is given by &lt;i&gt;postcode&lt;/i&gt;, &lt;i&gt;house number&lt;/i&gt; and an optional &lt;i&gt;addition&lt;/i&gt; field on each side (HOUSEHOLD_POSTCODE, HOUSEHOLD_NUMBER, HOUSEHOLD_ADDITION of the households; MEMBER_POSTCODE, MEMBER_NUMBER, MEMBER_ADDITION of the members; default field names postcode, huisnummer, toevoeging; an addition field left at its default that the layer lacks means: no addition field).&lt;/p&gt;&lt;p&gt;&lt;b&gt;How addresses are read&lt;/b&gt; (the same on both sides): a postcode has its spaces removed and is upper-cased, and must then be 4 digits (the first not 0) and 2 letters: &lt;code&gt;1234 AB&lt;/code&gt;, &lt;code&gt;1234ab&lt;/code&gt; and &lt;code&gt;1234 ab&lt;/code&gt; are one postcode; &lt;code&gt;1234-AB&lt;/code&gt; or &lt;code&gt;1234&lt;/code&gt; is invalid. A house number is a whole number from 1 to 99999, from a number field (12 or 12.0) or from text whose leading digits are the number and whose rest is the addition: &lt;code&gt;12a&lt;/code&gt;, &lt;code&gt;12-A&lt;/code&gt;, &lt;code&gt;12 A&lt;/code&gt;, &lt;code&gt;12 bis&lt;/code&gt;, &lt;code&gt;12-2&lt;/code&gt;, &lt;code&gt;12/2&lt;/code&gt;. An addition is upper-cased with spaces and separators (- / . , _) removed (&lt;code&gt;-a&lt;/code&gt; = &lt;code&gt;A&lt;/code&gt;, &lt;code&gt;2-hg&lt;/code&gt; = &lt;code&gt;2HG&lt;/code&gt;), at most 8 letters and digits; an addition written with the number comes before the one in the addition field (&lt;code&gt;12a&lt;/code&gt; + &lt;code&gt;1&lt;/code&gt; = 12 A1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Matching rules&lt;/b&gt;: (1) the one household with the member&apos;s postcode, number and addition (no addition matches no addition); (2) when several households have exactly that address, the member is not matched (duplicate_household_address): which one is meant cannot be known; (3) when no household has that addition, the member falls back to postcode and number alone, but only when exactly one household lives there (a member without addition at a number where only 12A lives matches 12A; a member with 12C where 12A and 12B live is ambiguous_addition). Several members at one address all count (mem_count). Every member that is not matched is reported with a reason: no_such_postcode (no household has the postcode), no_such_number (the postcode exists, the number not), ambiguous_addition, duplicate_household_address, missing_postcode, invalid_postcode, missing_number, invalid_number, invalid_addition. Members read = members matched + members not matched, always. Households with an unusable address are counted and never matched; duplicate household addresses are found (and reported) where a member lives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ledenbestand&lt;/b&gt; (MEMBERS): één rij per lid, op adres; de overige velden van het lid (naam, lidnummer) worden nooit naar de huishoudens gekopieerd. Het adres bestaat aan beide kanten uit een veld &lt;i&gt;postcode&lt;/i&gt;, &lt;i&gt;huisnummer&lt;/i&gt; en een optioneel veld &lt;i&gt;toevoeging&lt;/i&gt; (HOUSEHOLD_POSTCODE, HOUSEHOLD_NUMBER, HOUSEHOLD_ADDITION van de huishoudens; MEMBER_POSTCODE, MEMBER_NUMBER, MEMBER_ADDITION van de leden; standaardveldnamen postcode, huisnummer, toevoeging; een toevoegingsveld dat op de standaardwaarde staat en in de laag ontbreekt, betekent: geen toevoegingsveld).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hoe adressen worden gelezen&lt;/b&gt; (aan beide kanten hetzelfde): uit een postcode worden de spaties verwijderd en hij wordt in hoofdletters gezet; daarna moet hij uit 4 cijfers (het eerste niet 0) en 2 letters bestaan: &lt;code&gt;1234 AB&lt;/code&gt;, &lt;code&gt;1234ab&lt;/code&gt; en &lt;code&gt;1234 ab&lt;/code&gt; zijn één postcode; &lt;code&gt;1234-AB&lt;/code&gt; of &lt;code&gt;1234&lt;/code&gt; is ongeldig. Een huisnummer is een geheel getal van 1 tot en met 99999, uit een numeriek veld (12 of 12.0) of uit tekst waarvan de eerste cijfers het nummer zijn en de rest de toevoeging: &lt;code&gt;12a&lt;/code&gt;, &lt;code&gt;12-A&lt;/code&gt;, &lt;code&gt;12 A&lt;/code&gt;, &lt;code&gt;12 bis&lt;/code&gt;, &lt;code&gt;12-2&lt;/code&gt;, &lt;code&gt;12/2&lt;/code&gt;. Een toevoeging wordt in hoofdletters gezet, zonder spaties en scheidingstekens (- / . , _) (&lt;code&gt;-a&lt;/code&gt; = &lt;code&gt;A&lt;/code&gt;, &lt;code&gt;2-hg&lt;/code&gt; = &lt;code&gt;2HG&lt;/code&gt;), met hoogstens 8 letters en cijfers; een toevoeging die bij het nummer staat, komt vóór die in het toevoegingsveld (&lt;code&gt;12a&lt;/code&gt; + &lt;code&gt;1&lt;/code&gt; = 12 A1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Koppelregels&lt;/b&gt;: (1) het ene huishouden met de postcode, het huisnummer en de toevoeging van het lid (geen toevoeging koppelt aan geen toevoeging); (2) als meerdere huishoudens precies dat adres hebben, wordt het lid niet gekoppeld (duplicate_household_address): welk huishouden bedoeld is, valt niet te weten; (3) als geen huishouden die toevoeging heeft, valt het lid terug op alleen postcode en huisnummer, maar alleen als daar precies één huishouden woont (een lid zonder toevoeging op een nummer waar alleen 12A woont, wordt gekoppeld aan 12A; een lid met 12C waar 12A en 12B wonen, is ambiguous_addition). Meerdere leden op één adres tellen allemaal mee (mem_count). Elk lid dat niet wordt gekoppeld, wordt gemeld met een reden: no_such_postcode (geen huishouden heeft de postcode), no_such_number (de postcode bestaat, het huisnummer niet), ambiguous_addition, duplicate_household_address, missing_postcode, invalid_postcode, missing_number, invalid_number, invalid_addition. Gelezen leden = gekoppelde leden + niet-gekoppelde leden, altijd. Huishoudens met een onbruikbaar adres worden geteld en nooit gekoppeld; dubbele huishoudadressen worden gevonden (en gemeld) waar een lid woont.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>matched by postcode, number and addition</source>
        <translation>gekoppeld op postcode, huisnummer en toevoeging</translation>
    </message>
    <message>
        <source>matched by postcode and number alone (the one household there)</source>
        <translation>gekoppeld op alleen postcode en huisnummer (het enige huishouden daar)</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translation>geen postcode</translation>
    </message>
    <message>
        <source>invalid postcode (not 4 digits and 2 letters)</source>
        <translation>ongeldige postcode (geen 4 cijfers en 2 letters)</translation>
    </message>
    <message>
        <source>no house number</source>
        <translation>geen huisnummer</translation>
    </message>
    <message>
        <source>invalid house number</source>
        <translation>ongeldig huisnummer</translation>
    </message>
    <message>
        <source>invalid addition</source>
        <translation>ongeldige toevoeging</translation>
    </message>
    <message>
        <source>no household has this postcode</source>
        <translation>geen enkel huishouden heeft deze postcode</translation>
    </message>
    <message>
        <source>no household has this house number at the postcode</source>
        <translation>geen enkel huishouden heeft dit huisnummer bij de postcode</translation>
    </message>
    <message>
        <source>ambiguous: no household with this addition, several at the number</source>
        <translation>niet eenduidig: geen huishouden met deze toevoeging, meerdere op het huisnummer</translation>
    </message>
    <message>
        <source>ambiguous: several households have this address</source>
        <translation>niet eenduidig: meerdere huishoudens hebben dit adres</translation>
    </message>
    <message>
        <source>Internal error: %1 has no MEMBERS parameter. Please report this.</source>
        <translation>Interne fout: %1 heeft geen parameter MEMBERS. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>MEMBERS is not given: choose the member file (a CSV, spreadsheet or table with the members&apos; addresses).</source>
        <translation>MEMBERS is niet opgegeven: kies het ledenbestand (een CSV, spreadsheet of tabel met de adressen van de leden).</translation>
    </message>
    <message>
        <source>Could not load the member file MEMBERS (%1): check that the file exists and is a table QGIS can open (CSV, spreadsheet, GeoPackage…).</source>
        <translation>Kon het ledenbestand MEMBERS (%1) niet laden: controleer of het bestand bestaat en een tabel is die QGIS kan openen (CSV, spreadsheet, GeoPackage…).</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBERS</translation>
    </message>
    <message>
        <source>The member file MEMBERS already has a field &quot;%1&quot;, which the unmatched members&apos; output adds. Rename it first (e.g. with &quot;Refactor fields&quot;).</source>
        <translation>Het ledenbestand MEMBERS heeft al een veld &quot;%1&quot;, dat de uitvoer met niet-gekoppelde leden toevoegt. Hernoem dat veld eerst (bijvoorbeeld met &quot;Bijgewerkte velden&quot;).</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (%3). Choose the field that holds the %4; the fields are: %5.</source>
        <translation>%1 heeft geen veld &quot;%2&quot; (%3). Kies het veld met de %4; de velden zijn: %5.</translation>
    </message>
    <message>
        <source>postcode (1234 AB)</source>
        <translation>postcode (1234 AB)</translation>
    </message>
    <message>
        <source>house-number addition (A, bis, 2)</source>
        <translation>huisnummertoevoeging (A, bis, 2)</translation>
    </message>
    <message>
        <source>house number (12 or 12a)</source>
        <translation>huisnummer (12 of 12a)</translation>
    </message>
    <message>
        <source>The postcode field &quot;%1&quot; (%2) of %3 is numeric (%4), but a Dutch postcode has letters (1234 AB). Choose the field that holds the whole postcode.</source>
        <translation>Het postcodeveld &quot;%1&quot; (%2) van %3 is numeriek (%4), maar een Nederlandse postcode bevat letters (1234 AB). Kies het veld met de volledige postcode.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; (%2) of %3 is of type %4; it must hold text or a number. Choose another field, or convert it first (e.g. with the field calculator, to_string(&quot;%1&quot;)).</source>
        <translation>Het veld &quot;%1&quot; (%2) van %3 is van het type %4; het moet tekst of een getal bevatten. Kies een ander veld, of zet het eerst om (bijvoorbeeld met de veldberekening, to_string(&quot;%1&quot;)).</translation>
    </message>
    <message>
        <source>The member file MEMBERS (%1) has no rows. Choose the export with the members (one row per member).</source>
        <translation>Het ledenbestand MEMBERS (%1) heeft geen rijen. Kies de export met de leden (één rij per lid).</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (bijvoorbeeld %2)</translation>
    </message>
    <message>
        <source>None of the %1 members of MEMBERS has a usable address in the fields &quot;%2&quot; (MEMBER_POSTCODE), &quot;%3&quot; (MEMBER_NUMBER)%4: %5. Check that these are the postcode and house-number fields of the member file.</source>
        <translation>Geen van de %1 leden van MEMBERS heeft een bruikbaar adres in de velden &quot;%2&quot; (MEMBER_POSTCODE), &quot;%3&quot; (MEMBER_NUMBER)%4: %5. Controleer of dit de postcode- en huisnummervelden van het ledenbestand zijn.</translation>
    </message>
    <message>
        <source>, &quot;%1&quot; (MEMBER_ADDITION)</source>
        <translation>, &quot;%1&quot; (MEMBER_ADDITION)</translation>
    </message>
    <message>
        <source>Internal error: %1 members matched + %2 not matched differ from the %3 read. Please report this.</source>
        <translation>Interne fout: %1 gekoppelde + %2 niet-gekoppelde leden wijken af van de %3 gelezen leden. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>None of the %1 households of %2 has a usable address in the fields &quot;%3&quot; (HOUSEHOLD_POSTCODE), &quot;%4&quot; (HOUSEHOLD_NUMBER). Check that these are the postcode (1234 AB) and house-number fields of the households.</source>
        <translation>Geen van de %1 huishoudens van %2 heeft een bruikbaar adres in de velden &quot;%3&quot; (HOUSEHOLD_POSTCODE), &quot;%4&quot; (HOUSEHOLD_NUMBER). Controleer of dit de postcode- (1234 AB) en huisnummervelden van de huishoudens zijn.</translation>
    </message>
    <message>
        <source>%1 members read: %2 matched to a household (%3 of them by postcode and number alone), %4 not matched; %5 households have members.</source>
        <translation>%1 leden gelezen: %2 gekoppeld aan een huishouden (waarvan %3 op alleen postcode en huisnummer), %4 niet gekoppeld; %5 huishoudens hebben leden.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 of the %2 members of MEMBERS match no household; they are not counted at any household (see the unmatched members&apos; output for each one and its reason).</source>
        <translation>%1 van de %2 leden van MEMBERS horen bij geen enkel huishouden; ze worden bij geen enkel huishouden geteld (zie de uitvoer met niet-gekoppelde leden voor elk lid en de reden).</translation>
    </message>
    <message>
        <source>%1 of the %2 households of %3 have no usable address (postcode, number or addition missing or invalid); no member can match them.</source>
        <translation>%1 van de %2 huishoudens van %3 hebben geen bruikbaar adres (postcode, huisnummer of toevoeging ontbreekt of is ongeldig); geen enkel lid kan eraan worden gekoppeld.</translation>
    </message>
    <message>
        <source>%1 member address(es) belong to more than one household of %2 (the same postcode, number and addition twice); their members are not matched (duplicate_household_address).</source>
        <translation>%1 ledenadres(sen) horen bij meer dan één huishouden van %2 (dezelfde postcode, hetzelfde huisnummer en dezelfde toevoeging twee keer); hun leden worden niet gekoppeld (duplicate_household_address).</translation>
    </message>
    <message>
        <source>Why the member matches no household</source>
        <translation>Waarom het lid bij geen enkel huishouden hoort</translation>
    </message>
    <message>
        <source>Internal error: the unmatched members are written before matching finished. Please report this.</source>
        <translation>Interne fout: de niet-gekoppelde leden worden geschreven voordat het koppelen klaar is. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>The member file MEMBERS changed while it was read (row %1 is not the row read before). Run again on a file that stays the same.</source>
        <translation>Het ledenbestand MEMBERS veranderde tijdens het lezen (rij %1 is niet de rij die eerder is gelezen). Voer het algoritme opnieuw uit op een bestand dat niet verandert.</translation>
    </message>
    <message>
        <source>Could not write a member into %1: %2</source>
        <translation>Kon een lid niet schrijven naar %1: %2</translation>
    </message>
    <message>
        <source>The member file MEMBERS changed while it was read (%1 rows now, %2 before). Run again on a file that stays the same.</source>
        <translation>Het ledenbestand MEMBERS veranderde tijdens het lezen (nu %1 rijen, eerder %2). Voer het algoritme opnieuw uit op een bestand dat niet verandert.</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;.&quot;%2&quot; of service &apos;%3&apos;</source>
        <translation>tabel &quot;%1&quot;.&quot;%2&quot; van service &apos;%3&apos;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;.&quot;%2&quot; in database &apos;%3&apos;</source>
        <translation>tabel &quot;%1&quot;.&quot;%2&quot; in database &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Could not connect to the database of %1 (%2, host %3, port %4). Check the host (a socket folder or a server name), the port, the database name and the credentials (an authentication configuration authcfg=…, a service=… entry or a password file).</source>
        <translation>Kon geen verbinding maken met de database van %1 (%2, host %3, poort %4). Controleer de host (een socketmap of een servernaam), de poort, de databasenaam en de aanmeldgegevens (een authenticatieconfiguratie authcfg=…, een service=…-item of een wachtwoordbestand).</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>The input %1 refers to the %2, which does not exist. Check the schema and table name (… table=&quot;schema&quot;.&quot;table&quot; (geom)), and that the user may see it.</source>
        <translation>De invoer %1 verwijst naar de %2, die niet bestaat. Controleer het schema en de tabelnaam (… table=&quot;schema&quot;.&quot;table&quot; (geom)), en of de gebruiker de tabel mag zien.</translation>
    </message>
    <message>
        <source>The output %1 is set to the %3, which holds the input %2: writing the output would destroy the input. Choose another table for %1.</source>
        <translation>De uitvoer %1 is ingesteld op de %3, die de invoer %2 bevat: het schrijven van de uitvoer zou de invoer vernietigen. Kies een andere tabel voor %1.</translation>
    </message>
    <message>
        <source>The outputs %1 and %2 are both set to the %3; the second would overwrite the first. Give each output a table of its own.</source>
        <translation>De uitvoer %1 en de uitvoer %2 zijn allebei ingesteld op de %3; de tweede zou de eerste overschrijven. Geef elke uitvoer een eigen tabel.</translation>
    </message>
    <message>
        <source>The output %1 is set to the %2, which exists already. Choose a new table name, or, to replace the table and its contents, add replace=yes to the destination (… table=&quot;%3&quot;.&quot;%4&quot; (geom) replace=yes).</source>
        <translation>De uitvoer %1 is ingesteld op de %2, die al bestaat. Kies een nieuwe tabelnaam, of voeg, om de tabel en de inhoud ervan te vervangen, replace=yes toe aan de bestemming (… table=&quot;%3&quot;.&quot;%4&quot; (geom) replace=yes).</translation>
    </message>
    <message>
        <source>Library members at this address</source>
        <translation>Bibliotheekleden op dit adres</translation>
    </message>
    <message>
        <source>Member household (1 = yes)</source>
        <translation>Huishouden met lidmaatschap (1 = ja)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Library feature id</source>
        <translation>Object-id van de bibliotheek</translation>
    </message>
    <message>
        <source>Areas in the service area</source>
        <translation>Gebieden in het werkgebied</translation>
    </message>
    <message>
        <source>Adjusted odds ratio</source>
        <translation>Gecorrigeerde oddsratio</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>How well the profile recognises the seed (self-assessment)</source>
        <translation>Hoe goed het profiel de voorbeeldgroep herkent (zelftoets)</translation>
    </message>
    <message>
        <source>The seed was split at random into %1 parts. Each part in turn was left out, the profile was fitted on the rest, and the left-out seed households were ranked among the other base households. A method that recognises the seed puts many of them near the top: by chance 10% would be in the top 10%, and the AUC (the chance that a left-out seed household ranks above a random base household) would be 0.5.</source>
        <translation>De voorbeeldgroep is willekeurig in %1 delen gesplitst. Elk deel is om de beurt weggelaten, het profiel is op de rest geschat en de weggelaten voorbeeldhuishoudens zijn gerangschikt tussen de overige huishoudens in de vergelijkingsbasis. Een methode die de voorbeeldgroep herkent, zet er veel bovenaan: bij toeval zou 10% in de top 10% staan en zou de AUC (de kans dat een weggelaten voorbeeldhuishouden hoger scoort dan een willekeurig huishouden uit de vergelijkingsbasis) 0,5 zijn.</translation>
    </message>
    <message>
        <source>Held-out seed in the top 10%</source>
        <translation>Weggelaten voorbeeldgroep in de top 10%</translation>
    </message>
    <message>
        <source>in the top 20%</source>
        <translation>in de top 20%</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>PU logistic model</source>
        <translation>PU-logistisch model</translation>
    </message>
    <message>
        <source>Recommended, and used by “Score households” by default: the PU logistic model, because it ranked the held-out seed households clearly higher: AUC %1 against %2, a gain of more than twice its standard error (%3).</source>
        <translation>Aanbevolen, en standaard gebruikt door “Huishoudens scoren”: het PU-logistische model, omdat het de weggelaten voorbeeldhuishoudens duidelijk hoger rangschikte: AUC %1 tegen %2, een winst van meer dan tweemaal de standaardfout (%3).</translation>
    </message>
    <message>
        <source>Recommended, and used by “Score households” by default: the profile likelihood. The PU logistic model is recommended only when it ranks the held-out seed households clearly higher, by more than twice the standard error of the difference (here AUC %1 against %2, standard error %3): it also learns the seed&apos;s own peculiarities, noise included, which flatters it in this assessment.</source>
        <translation>Aanbevolen, en standaard gebruikt door “Huishoudens scoren”: de profiel-likelihood. Het PU-logistische model wordt alleen aanbevolen wanneer het de weggelaten voorbeeldhuishoudens duidelijk hoger rangschikt, met meer dan tweemaal de standaardfout van het verschil (hier AUC %1 tegen %2, standaardfout %3): het leert ook de eigenaardigheden van de voorbeeldgroep zelf, ruis inbegrepen, wat het in deze toets gunstiger laat uitkomen.</translation>
    </message>
    <message>
        <source>What this does not say: how well the target group as a whole is found. Seed households were found through the library and resemble each other more than they resemble target households the library never reaches, so these figures are optimistic for the whole target group. Use them to compare methods and profiles, not as an accuracy at address level.</source>
        <translation>Wat dit niet zegt: hoe goed de doelgroep als geheel wordt gevonden. De voorbeeldhuishoudens zijn via de bibliotheek gevonden en lijken meer op elkaar dan op doelgroephuishoudens die de bibliotheek nooit bereikt, dus deze cijfers zijn te optimistisch voor de hele doelgroep. Gebruik ze om methoden en profielen te vergelijken, niet als nauwkeurigheid op adresniveau.</translation>
    </message>
    <message>
        <source>Adjusted odds ratio: what still sets the seed apart when the other fields are taken into account — the PU logistic model&apos;s odds of being seed in this category against the field&apos;s average household, other fields equal (1 = no difference), with its 95% interval.</source>
        <translation>Gecorrigeerde oddsratio: wat de voorbeeldgroep nog onderscheidt wanneer met de andere velden rekening wordt gehouden — de odds van het PU-logistische model om in deze categorie tot de voorbeeldgroep te behoren, vergeleken met het gemiddelde huishouden van het veld, bij gelijke andere velden (1 = geen verschil), met het 95%-interval.</translation>
    </message>
    <message>
        <source>it must be the whole number %1 or %2</source>
        <translation>het moet het gehele getal %1 of %2 zijn</translation>
    </message>
    <message>
        <source>Profile %1 has format version %2, but this version of targetgroup reads format versions %3 to %4. Rebuild the profile with &apos;Build target group profile&apos;.</source>
        <translation>Profiel %1 heeft formaatversie %2, maar deze versie van targetgroup leest formaatversies %3 tot en met %4. Maak het profiel opnieuw met &apos;Doelgroepprofiel maken&apos;.</translation>
    </message>
    <message>
        <source>a format version 2 profile holds the PU logistic model, or null</source>
        <translation>een profiel met formaatversie 2 bevat het PU-logistische model, of null</translation>
    </message>
    <message>
        <source>it must be a number greater than 0</source>
        <translation>het moet een getal groter dan 0 zijn</translation>
    </message>
    <message>
        <source>a format version 2 profile holds the self-assessment, or null</source>
        <translation>een profiel met formaatversie 2 bevat de zelftoets, of null</translation>
    </message>
    <message>
        <source>it must be a share from 0 to 1</source>
        <translation>het moet een aandeel van 0 tot en met 1 zijn</translation>
    </message>
    <message>
        <source>it must be a number of 0 or more (the standard error of the AUC difference)</source>
        <translation>het moet een getal van 0 of meer zijn (de standaardfout van het AUC-verschil)</translation>
    </message>
    <message>
        <source>it must be &quot;likelihood&quot; or &quot;pu_logistic&quot;</source>
        <translation>het moet &quot;likelihood&quot; of &quot;pu_logistic&quot; zijn</translation>
    </message>
    <message>
        <source>it must be &quot;likelihood&quot; (logistic_model is null)</source>
        <translation>het moet &quot;likelihood&quot; zijn (logistic_model is null)</translation>
    </message>
    <message>
        <source>it must be a number (the PU logistic coefficient of a scoring field&apos;s category)</source>
        <translation>het moet een getal zijn (de PU-logistische coëfficiënt van een categorie van een scoreveld)</translation>
    </message>
    <message>
        <source>it must be a number of 0 or more (the standard error of the coefficient)</source>
        <translation>het moet een getal van 0 of meer zijn (de standaardfout van de coëfficiënt)</translation>
    </message>
    <message>
        <source>LIBRARIES (library service areas) is given without LIBRARY_NAME_FIELD: choose the field of LIBRARIES that holds each library&apos;s name.</source>
        <translation>LIBRARIES (werkgebieden van bibliotheken) is opgegeven zonder LIBRARY_NAME_FIELD: kies het veld van LIBRARIES met de naam van elke bibliotheek.</translation>
    </message>
    <message>
        <source>Both MEMBER (an expression) and MEMBERS (a member file) are given. Give one source of membership: clear MEMBER to use the member file, or clear MEMBERS.</source>
        <translation>Zowel MEMBER (een expressie) als MEMBERS (een ledenbestand) is opgegeven. Geef één bron voor het lidmaatschap: maak MEMBER leeg om het ledenbestand te gebruiken, of maak MEMBERS leeg.</translation>
    </message>
    <message>
        <source>Area %1 (feature %2) of AREAS</source>
        <translation>Gebied %1 (object %2) van AREAS</translation>
    </message>
    <message>
        <source>Area (feature %1) of AREAS</source>
        <translation>Gebied (object %1) van AREAS</translation>
    </message>
    <message>
        <source>%1 areas, %2 households: fewer than %3, so the figures are suppressed.</source>
        <translation>%1 gebieden, %2 huishoudens: minder dan %3, dus de cijfers zijn afgeschermd.</translation>
    </message>
    <message>
        <source>%1 areas, %2 households, of which %3 (95% interval %4) are expected to belong to the target group.</source>
        <translation>%1 gebieden, %2 huishoudens, waarvan er naar verwachting %3 (95%-interval %4) tot de doelgroep behoren.</translation>
    </message>
    <message>
        <source>Member households: %1; the members reach %2 of the expected target households, %3 are not yet members.</source>
        <translation>Huishoudens met lidmaatschap: %1; de leden bereiken %2 van de verwachte doelgroephuishoudens, %3 zijn nog geen lid.</translation>
    </message>
    <message>
        <source>target group,library,service area,werkgebied,bibliotheek,report,gemeente,membership,reach,untapped</source>
        <translation>doelgroep,bibliotheek,verzorgingsgebied,werkgebied,rapport,gemeente,lidmaatschap,bereik,onbenut</translation>
    </message>
    <message>
        <source>Sums the target-group figures of the areas per library service area and writes one report per library, with an index page.</source>
        <translation>Telt de doelgroepcijfers van de gebieden op per werkgebied van een bibliotheek en schrijft één rapport per bibliotheek, met een indexpagina.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gives every library its own figures and report for its service area (werkgebied).&lt;/p&gt;&lt;p&gt;&lt;i&gt;Areas with target-group figures (MIN_COUNT 0)&lt;/i&gt; (AREAS): the finest areas (buurten or wijken) as written by &quot;Aggregate households to areas&quot; with &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; = 0 (or the unsuppressed area step of the full analysis). Sums cannot be recovered from suppressed areas, so a suppressed row is refused: run &quot;Aggregate households to areas&quot; with MIN_COUNT 0 into a layer you do not publish; this algorithm suppresses what it publishes with its own MIN_COUNT.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Library service areas&lt;/i&gt; (LIBRARIES): one feature per library, named by &lt;i&gt;Library name field&lt;/i&gt; (LIBRARY_NAME_FIELD; every library needs a name of its own). A service area is given in one of two ways:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;as a polygon: an area belongs to the service area that contains its point on surface. Where service areas overlap, the library with the lowest feature id takes the area (the same tie rule as everywhere); the log says how many areas that decided.&lt;/li&gt;&lt;li&gt;as a list of gemeente codes in a field named GM_CODES, e.g. &quot;GM0228,GM0203&quot; (commas, semicolons or spaces between the codes): an area belongs to the library that lists its gemeente, by the CBS code of the area (&lt;i&gt;Area code field&lt;/i&gt;, AREA_CODE_FIELD, default statcode: BU02280101 and WK022801 lie in GM0228). LIBRARIES may then be a table without geometry.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A library with gemeente codes is assigned by its codes only (its polygon, if any, is not used); the areas no code assigns are placed in the polygons of the libraries without codes. A gemeente listed by two libraries is refused: a gemeente belongs to one service area.&lt;/p&gt;&lt;p&gt;Areas in no service area are counted (AREAS_UNASSIGNED, UNASSIGNED_HOUSEHOLDS), named in the log and shown on the index page. The sums per library plus those of the areas in no service area are the sums of AREAS.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Suppress libraries and areas with fewer households than&lt;/i&gt; (MIN_COUNT): a library or an area with fewer households keeps only its household count, as in every area output. &lt;i&gt;Number of top areas to list&lt;/i&gt; (TOP_N) sets the length of each ranking in the reports. &lt;i&gt;Profile (for the soft characteristics)&lt;/i&gt; (PROFILE, optional): the profile JSON, as in the area report. &lt;i&gt;Area name field&lt;/i&gt; (AREA_NAME_FIELD, optional) names the areas in the reports (default statnaam when the layer has it).&lt;/p&gt;&lt;p&gt;Outputs: &lt;i&gt;Figures per library&lt;/i&gt; (OUTPUT_TABLE), one row per library with library_name, library_fid, area_count and the area figures (hh_total, tg_expected with tg_expected_low/high, mem_total, tg_reach, tg_untapped…); &lt;i&gt;Areas with their library&lt;/i&gt; (OUTPUT_AREAS), the areas with library_name and library_fid (empty in no service area) and their figures suppressed with MIN_COUNT; &lt;i&gt;Folder for the reports&lt;/i&gt; (OUTPUT_FOLDER), one HTML report per library with a map of its areas (with the service-area polygon as a dashed boundary; file names made from the library names) and index.html, which links them with the table per library. The tg_index of libraries and areas is relative to all areas of AREAS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geeft elke bibliotheek eigen cijfers en een eigen rapport voor haar werkgebied.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Gebieden met doelgroepcijfers (MIN_COUNT 0)&lt;/i&gt; (AREAS): de fijnste gebieden (buurten of wijken) zoals geschreven door &quot;Huishoudens aggregeren naar gebieden&quot; met &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; = 0 (of de niet-afgeschermde gebiedsstap van de volledige analyse). Uit afgeschermde gebieden zijn geen sommen terug te halen, dus een afgeschermde rij wordt geweigerd: voer &quot;Huishoudens aggregeren naar gebieden&quot; uit met MIN_COUNT 0 naar een laag die u niet publiceert; dit algoritme schermt wat het publiceert af met zijn eigen MIN_COUNT.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Werkgebieden van bibliotheken&lt;/i&gt; (LIBRARIES): één object per bibliotheek, met de naam uit &lt;i&gt;Veld met bibliotheeknaam&lt;/i&gt; (LIBRARY_NAME_FIELD; elke bibliotheek heeft een eigen naam nodig). Een werkgebied wordt op een van twee manieren opgegeven:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;als polygoon: een gebied hoort bij het werkgebied dat zijn punt op oppervlak bevat. Waar werkgebieden overlappen, krijgt de bibliotheek met het laagste object-id het gebied (dezelfde regel bij gelijkspel als overal); het logboek meldt voor hoeveel gebieden dat de doorslag gaf.&lt;/li&gt;&lt;li&gt;als lijst gemeentecodes in een veld met de naam GM_CODES, bijvoorbeeld &quot;GM0228,GM0203&quot; (komma&apos;s, puntkomma&apos;s of spaties tussen de codes): een gebied hoort bij de bibliotheek die zijn gemeente noemt, op de CBS-code van het gebied (&lt;i&gt;Veld met gebiedscode&lt;/i&gt;, AREA_CODE_FIELD, standaard statcode: BU02280101 en WK022801 liggen in GM0228). LIBRARIES mag dan een tabel zonder geometrie zijn.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Een bibliotheek met gemeentecodes wordt alleen op haar codes toegewezen (een eventuele polygoon wordt niet gebruikt); de gebieden die geen code toewijst, worden geplaatst in de polygonen van de bibliotheken zonder codes. Een gemeente die door twee bibliotheken wordt genoemd, wordt geweigerd: een gemeente hoort bij één werkgebied.&lt;/p&gt;&lt;p&gt;Gebieden in geen enkel werkgebied worden geteld (AREAS_UNASSIGNED, UNASSIGNED_HOUSEHOLDS), in het logboek genoemd en op de indexpagina getoond. De sommen per bibliotheek plus die van de gebieden in geen enkel werkgebied zijn de sommen van AREAS.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bibliotheken en gebieden afschermen met minder huishoudens dan&lt;/i&gt; (MIN_COUNT): een bibliotheek of gebied met minder huishoudens houdt alleen het aantal huishoudens, zoals in elke gebiedsuitvoer. &lt;i&gt;Aantal topgebieden in de lijst&lt;/i&gt; (TOP_N) bepaalt de lengte van elke ranglijst in de rapporten. &lt;i&gt;Profiel (voor de zachte kenmerken)&lt;/i&gt; (PROFILE, optioneel): de profiel-JSON, zoals in het gebiedsrapport. &lt;i&gt;Veld met gebiedsnaam&lt;/i&gt; (AREA_NAME_FIELD, optioneel) geeft de gebieden hun naam in de rapporten (standaard statnaam als de laag dat veld heeft).&lt;/p&gt;&lt;p&gt;Uitvoer: &lt;i&gt;Cijfers per bibliotheek&lt;/i&gt; (OUTPUT_TABLE), één rij per bibliotheek met library_name, library_fid, area_count en de gebiedscijfers (hh_total, tg_expected met tg_expected_low/high, mem_total, tg_reach, tg_untapped…); &lt;i&gt;Gebieden met hun bibliotheek&lt;/i&gt; (OUTPUT_AREAS), de gebieden met library_name en library_fid (leeg als ze in geen enkel werkgebied liggen) en hun cijfers, afgeschermd met MIN_COUNT; &lt;i&gt;Map voor de rapporten&lt;/i&gt; (OUTPUT_FOLDER), één HTML-rapport per bibliotheek met een kaart van haar gebieden (met de werkgebiedpolygoon als gestippelde grens; bestandsnamen gemaakt van de bibliotheeknamen) en index.html, dat ernaar linkt met de tabel per bibliotheek. De tg_index van bibliotheken en gebieden is relatief ten opzichte van alle gebieden van AREAS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Areas with target-group figures (MIN_COUNT 0)</source>
        <translation>Gebieden met doelgroepcijfers (MIN_COUNT 0)</translation>
    </message>
    <message>
        <source>Library service areas</source>
        <translation>Werkgebieden van bibliotheken</translation>
    </message>
    <message>
        <source>Library name field</source>
        <translation>Veld met bibliotheeknaam</translation>
    </message>
    <message>
        <source>Area code field (for GM_CODES)</source>
        <translation>Veld met gebiedscode (voor GM_CODES)</translation>
    </message>
    <message>
        <source>Suppress libraries and areas with fewer households than</source>
        <translation>Bibliotheken en gebieden afschermen met minder huishoudens dan</translation>
    </message>
    <message>
        <source>Areas with their library</source>
        <translation>Gebieden met hun bibliotheek</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Map voor de rapporten</translation>
    </message>
    <message>
        <source>Index of the library reports</source>
        <translation>Index van de bibliotheekrapporten</translation>
    </message>
    <message>
        <source>Areas in a service area</source>
        <translation>Gebieden in een werkgebied</translation>
    </message>
    <message>
        <source>Areas in no service area</source>
        <translation>Gebieden in geen enkel werkgebied</translation>
    </message>
    <message>
        <source>Households of the areas in no service area</source>
        <translation>Huishoudens van de gebieden in geen enkel werkgebied</translation>
    </message>
    <message>
        <source>Areas in more than one service area (lowest feature id decided)</source>
        <translation>Gebieden in meer dan één werkgebied (laagste object-id beslist)</translation>
    </message>
    <message>
        <source>Libraries with suppressed figures</source>
        <translation>Bibliotheken met afgeschermde cijfers</translation>
    </message>
    <message>
        <source>LIBRARIES has no field &quot;%1&quot; (LIBRARY_NAME_FIELD). Choose the field with the library names.</source>
        <translation>LIBRARIES heeft geen veld &quot;%1&quot; (LIBRARY_NAME_FIELD). Kies het veld met de bibliotheeknamen.</translation>
    </message>
    <message>
        <source>LIBRARIES has neither geometry nor a field %1: give each library a service-area polygon or a list of gemeente codes (e.g. &quot;GM0228,GM0203&quot;) in a field %1.</source>
        <translation>LIBRARIES heeft geen geometrie en geen veld %1: geef elke bibliotheek een werkgebiedpolygoon of een lijst gemeentecodes (bijvoorbeeld &quot;GM0228,GM0203&quot;) in een veld %1.</translation>
    </message>
    <message>
        <source>AREAS has no field &quot;%1&quot; (AREA_NAME_FIELD). Choose one of its fields, or leave AREA_NAME_FIELD empty.</source>
        <translation>AREAS heeft geen veld &quot;%1&quot; (AREA_NAME_FIELD). Kies een van de velden van de laag, of laat AREA_NAME_FIELD leeg.</translation>
    </message>
    <message>
        <source>LIBRARIES</source>
        <translation>LIBRARIES</translation>
    </message>
    <message>
        <source>Library feature %1 of LIBRARIES has no name in the field &quot;%2&quot; (LIBRARY_NAME_FIELD); every library needs a name.</source>
        <translation>Bibliotheekobject %1 van LIBRARIES heeft geen naam in het veld &quot;%2&quot; (LIBRARY_NAME_FIELD); elke bibliotheek heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Two libraries of LIBRARIES are named &quot;%1&quot; (features %2 and %3, field LIBRARY_NAME_FIELD); give each library a name of its own, or merge their service areas.</source>
        <translation>Twee bibliotheken van LIBRARIES heten &quot;%1&quot; (objecten %2 en %3, veld LIBRARY_NAME_FIELD); geef elke bibliotheek een eigen naam, of voeg hun werkgebieden samen.</translation>
    </message>
    <message>
        <source>Library &quot;%1&quot; (feature %2) of LIBRARIES lists &quot;%3&quot; in %4, which is not a gemeente code: write GM and four digits (e.g. GM0228), separated by commas, semicolons or spaces.</source>
        <translation>Bibliotheek &quot;%1&quot; (object %2) van LIBRARIES noemt &quot;%3&quot; in %4, maar dat is geen gemeentecode: schrijf GM en vier cijfers (bijvoorbeeld GM0228), gescheiden door komma&apos;s, puntkomma&apos;s of spaties.</translation>
    </message>
    <message>
        <source>LIBRARIES has no features: give one feature per library service area.</source>
        <translation>LIBRARIES heeft geen objecten: geef één object per werkgebied van een bibliotheek.</translation>
    </message>
    <message>
        <source>Library &quot;%1&quot; (feature %2) of LIBRARIES has neither a service-area polygon nor gemeente codes (%3): give it one of the two, or leave it out.</source>
        <translation>Bibliotheek &quot;%1&quot; (object %2) van LIBRARIES heeft geen werkgebiedpolygoon en geen gemeentecodes (%3): geef de bibliotheek een van beide, of laat haar weg.</translation>
    </message>
    <message>
        <source>The gemeente %1 is listed in %2 of both &quot;%3&quot; and &quot;%4&quot; (LIBRARIES); a gemeente belongs to one library&apos;s service area: remove it from one of them.</source>
        <translation>De gemeente %1 staat in %2 van zowel &quot;%3&quot; als &quot;%4&quot; (LIBRARIES); een gemeente hoort bij het werkgebied van één bibliotheek: verwijder haar bij een van beide.</translation>
    </message>
    <message>
        <source>AREAS has no area code field &quot;%1&quot; (AREA_CODE_FIELD), needed because LIBRARIES gives service areas as gemeente codes (%2). Choose the field with the CBS codes of the areas (e.g. statcode, buurtcode).</source>
        <translation>AREAS heeft geen veld met gebiedscode &quot;%1&quot; (AREA_CODE_FIELD), dat nodig is omdat LIBRARIES de werkgebieden als gemeentecodes opgeeft (%2). Kies het veld met de CBS-codes van de gebieden (bijvoorbeeld statcode, buurtcode).</translation>
    </message>
    <message>
        <source>%1 gemeenten are listed in %2: their areas are assigned by the area codes in the field %3.</source>
        <translation>%1 gemeenten staan in %2: hun gebieden worden toegewezen op de gebiedscodes in het veld %3.</translation>
    </message>
    <message>
        <source>Use an area layer from &quot;Aggregate households to areas&quot; with MIN_COUNT 0 (keep it unpublished), or the unsuppressed areas of the full analysis; this algorithm applies MIN_COUNT to what it publishes.</source>
        <translation>Gebruik een gebiedenlaag van &quot;Huishoudens aggregeren naar gebieden&quot; met MIN_COUNT 0 (niet publiceren), of de niet-afgeschermde gebieden van de volledige analyse; dit algoritme past MIN_COUNT toe op wat het publiceert.</translation>
    </message>
    <message>
        <source>%1 of %2 areas lie in a library&apos;s service area (%3 by gemeente code, %4 by point on surface).</source>
        <translation>%1 van %2 gebieden liggen in het werkgebied van een bibliotheek (%3 op gemeentecode, %4 op punt op oppervlak).</translation>
    </message>
    <message>
        <source>%1 areas lie in more than one service area (overlapping polygons in LIBRARIES); each went to the library with the lowest feature id.</source>
        <translation>%1 gebieden liggen in meer dan één werkgebied (overlappende polygonen in LIBRARIES); elk is toegewezen aan de bibliotheek met het laagste object-id.</translation>
    </message>
    <message>
        <source>%1 areas (%2 households) lie in no service area and are in no library&apos;s figures: %3%4.</source>
        <translation>%1 gebieden (%2 huishoudens) liggen in geen enkel werkgebied en tellen bij geen enkele bibliotheek mee: %3%4.</translation>
    </message>
    <message>
        <source>Only %1 of %2 areas have membership figures (mem_total); membership fields are left NULL.</source>
        <translation>Slechts %1 van %2 gebieden hebben ledencijfers (mem_total); de lidmaatschapsvelden blijven NULL.</translation>
    </message>
    <message>
        <source>No folder for the reports (OUTPUT_FOLDER): no reports written.</source>
        <translation>Geen map voor de rapporten (OUTPUT_FOLDER): er zijn geen rapporten geschreven.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Not yet members</source>
        <translation>Nog geen lid</translation>
    </message>
    <message>
        <source>Target group: %1</source>
        <translation>Doelgroep: %1</translation>
    </message>
    <message>
        <source>← All libraries</source>
        <translation>← Alle bibliotheken</translation>
    </message>
    <message>
        <source>Service area of %1: %2</source>
        <translation>Werkgebied van %1: %2</translation>
    </message>
    <message>
        <source>The service area is given as the gemeenten %1.</source>
        <translation>Het werkgebied is opgegeven als de gemeenten %1.</translation>
    </message>
    <message>
        <source>%1 in the service area of %2</source>
        <translation>%1 in het werkgebied van %2</translation>
    </message>
    <message>
        <source>No service area</source>
        <translation>Geen werkgebied</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>Target group per library</source>
        <translation>Doelgroep per bibliotheek</translation>
    </message>
    <message>
        <source>Areas: %1 (%2 areas); libraries: %3 (%4).</source>
        <translation>Gebieden: %1 (%2 gebieden); bibliotheken: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 areas with %2 households lie in no library&apos;s service area: %3%4.</source>
        <translation>%1 gebieden met %2 huishoudens liggen in geen enkel werkgebied van een bibliotheek: %3%4.</translation>
    </message>
    <message>
        <source>Every area lies in a library&apos;s service area.</source>
        <translation>Elk gebied ligt in het werkgebied van een bibliotheek.</translation>
    </message>
    <message>
        <source>%1 areas lie in more than one service area; each is counted once, for the library with the lowest feature id in %2.</source>
        <translation>%1 gebieden liggen in meer dan één werkgebied; elk wordt één keer geteld, bij de bibliotheek met het laagste object-id in %2.</translation>
    </message>
    <message>
        <source>An area belongs to the service area that contains its point on surface, or to the library whose gemeente codes hold its code. Libraries and areas with fewer than %1 households are suppressed: only their household count is shown. The 95% interval is that of the expected number (normal approximation); the reach is the share of the expected target households that are members.</source>
        <translation>Een gebied hoort bij het werkgebied dat zijn punt op oppervlak bevat, of bij de bibliotheek waarvan de gemeentecodes zijn code omvatten. Bibliotheken en gebieden met minder dan %1 huishoudens zijn afgeschermd: alleen hun aantal huishoudens wordt getoond. Het 95%-interval is dat van het verwachte aantal (normale benadering); het bereik is het aandeel van de verwachte doelgroephuishoudens dat lid is.</translation>
    </message>
    <message>
        <source>%1 library reports and the index %2 written.</source>
        <translation>%1 bibliotheekrapporten en de index %2 geschreven.</translation>
    </message>
    <message>
        <source>members,member file,library,join,address,postcode,house number,huisnummer,toevoeging,BAG,match</source>
        <translation>leden,ledenbestand,bibliotheek,koppelen,adres,postcode,huisnummer,toevoeging,BAG,koppeling</translation>
    </message>
    <message>
        <source>Matches the library&apos;s member file (members by postcode, house number and addition) to the households: members per household, and the members that match none with the reason.</source>
        <translation>Koppelt het ledenbestand van de bibliotheek (leden per postcode, huisnummer en toevoeging) aan de huishoudens: leden per huishouden, en de leden die bij geen enkel huishouden horen, met de reden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Matches a member file as the library system exports it to the household points, by address, and writes the households with the number of members living there. Use the output as the households of &quot;Aggregate households to areas&quot; with the expression &lt;code&gt;&quot;is_member&quot; = 1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Households&lt;/i&gt; (INPUT): points with a postcode and house-number field (and optionally an addition field).&lt;/p&gt;%1&lt;p&gt;&lt;i&gt;Households with membership&lt;/i&gt; (OUTPUT): every household with all its fields and its geometry, plus &lt;code&gt;mem_count&lt;/code&gt; (members matched to the household) and &lt;code&gt;is_member&lt;/code&gt; (1 when mem_count &amp;gt; 0, else 0). No field of the member file is copied. When INPUT already has a field mem_count or is_member (e.g. an earlier run, or the demo&apos;s synthetic is_member), its values are replaced in OUTPUT, and the log says so.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Members that match no household&lt;/i&gt; (UNMATCHED_OUTPUT): those members&apos; rows with all their fields and &lt;code&gt;unmatched_reason&lt;/code&gt;. It holds member data: keep it inside the library.&lt;/p&gt;&lt;p&gt;Results: MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED, and HOUSEHOLDS_WITH_MEMBERS; the log gives the number of members per reason.&lt;/p&gt;&lt;p&gt;Memory grows with the number of members, not of households: the households are read twice (their addresses, then the output), so millions of households fit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koppelt een ledenbestand zoals het bibliotheeksysteem het exporteert op adres aan de huishoudpunten, en schrijft de huishoudens met het aantal leden dat er woont. Gebruik de uitvoer als huishoudens van &quot;Huishoudens aggregeren naar gebieden&quot; met de expressie &lt;code&gt;&quot;is_member&quot; = 1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Huishoudens&lt;/i&gt; (INPUT): punten met een postcode- en een huisnummerveld (en optioneel een toevoegingsveld).&lt;/p&gt;%1&lt;p&gt;&lt;i&gt;Huishoudens met lidmaatschap&lt;/i&gt; (OUTPUT): elk huishouden met al zijn velden en zijn geometrie, plus &lt;code&gt;mem_count&lt;/code&gt; (aan het huishouden gekoppelde leden) en &lt;code&gt;is_member&lt;/code&gt; (1 als mem_count &amp;gt; 0, anders 0). Er wordt geen veld van het ledenbestand gekopieerd. Als INPUT al een veld mem_count of is_member heeft (bijvoorbeeld van een eerdere run, of het synthetische is_member van de demo), worden de waarden ervan in OUTPUT vervangen, en het logboek meldt dat.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Leden die bij geen enkel huishouden horen&lt;/i&gt; (UNMATCHED_OUTPUT): de rijen van die leden met al hun velden en &lt;code&gt;unmatched_reason&lt;/code&gt;. Dit zijn ledengegevens: houd ze binnen de bibliotheek.&lt;/p&gt;&lt;p&gt;Resultaten: MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED, en HOUSEHOLDS_WITH_MEMBERS; het logboek geeft het aantal leden per reden.&lt;/p&gt;&lt;p&gt;Het geheugengebruik groeit met het aantal leden, niet met het aantal huishoudens: de huishoudens worden twee keer gelezen (eerst hun adressen, dan voor de uitvoer), dus miljoenen huishoudens passen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Households with membership</source>
        <translation>Huishoudens met lidmaatschap</translation>
    </message>
    <message>
        <source>INPUT already has %1; OUTPUT has the matched values in its place instead of the old ones.</source>
        <translation>INPUT heeft al %1; in OUTPUT staan daar de gekoppelde waarden in plaats van de oude.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>INPUT changed while it was read: %1 members were matched, but the households written hold %2. Run again on a layer that stays the same.</source>
        <translation>INPUT veranderde tijdens het lezen: %1 leden zijn gekoppeld, maar de geschreven huishoudens bevatten er %2. Voer het algoritme opnieuw uit op een laag die niet verandert.</translation>
    </message>
    <message>
        <source>UNMATCHED_OUTPUT</source>
        <translation>UNMATCHED_OUTPUT</translation>
    </message>
    <message>
        <source>Match the member file to households</source>
        <translation>Ledenbestand koppelen aan huishoudens</translation>
    </message>
    <message>
        <source>Fine area %1 of INPUT</source>
        <translation>Fijn gebied %1 van INPUT</translation>
    </message>
    <message>
        <source>Run &quot;Aggregate households to areas&quot; with MIN_COUNT 0 for the layer you roll up (keep it unpublished); this algorithm applies MIN_COUNT to the coarse areas.</source>
        <translation>Voer &quot;Huishoudens aggregeren naar gebieden&quot; uit met MIN_COUNT 0 voor de laag die u opschaalt (niet publiceren); dit algoritme past MIN_COUNT toe op de grove gebieden.</translation>
    </message>
    <message>
        <source>As the profile recommends</source>
        <translation>Zoals het profiel aanbeveelt</translation>
    </message>
    <message>
        <source>Fit the slope to the area estimates (several areas)</source>
        <translation>Helling aanpassen aan de gebiedsschattingen (meerdere gebieden)</translation>
    </message>
    <message>
        <source>Calibration slope s (1 without slope calibration)</source>
        <translation>Kalibratiehelling s (1 zonder hellingskalibratie)</translation>
    </message>
    <message>
        <source>METHOD 2 (PU logistic model) needs a profile that holds the model, and the profile %1 (format version %2) does not. Rebuild the profile with &apos;Build target group profile&apos;, or choose METHOD 0 or 3.</source>
        <translation>METHOD 2 (PU-logistisch model) vereist een profiel dat het model bevat, en het profiel %1 (formaatversie %2) bevat het niet. Maak het profiel opnieuw met &apos;Doelgroepprofiel maken&apos;, of kies METHOD 0 of 3.</translation>
    </message>
    <message>
        <source>Scoring method: PU logistic model.</source>
        <translation>Scoremethode: PU-logistisch model.</translation>
    </message>
    <message>
        <source>Scoring method: profile likelihood.</source>
        <translation>Scoremethode: profiel-likelihood.</translation>
    </message>
    <message>
        <source>Scoring method: central-profile similarity.</source>
        <translation>Scoremethode: gelijkenis met centraal profiel.</translation>
    </message>
    <message>
        <source>Slope calibration is off (FIT_SLOPE): s = 1, one intercept per area.</source>
        <translation>Hellingskalibratie staat uit (FIT_SLOPE): s = 1, één intercept per gebied.</translation>
    </message>
    <message numerus="yes">
        <source>Slope calibration: s = 1; %n area(s) with an estimate strictly between 0 and 1 and households, too few or too alike to estimate a slope from.</source>
        <translation>
            <numerusform>Hellingskalibratie: s = 1; %n gebied met een schatting strikt tussen 0 en 1 en met huishoudens, te weinig of te gelijksoortig om een helling uit te schatten.</numerusform>
            <numerusform>Hellingskalibratie: s = 1; %n gebieden met een schatting strikt tussen 0 en 1 en met huishoudens, te weinig of te gelijksoortig om een helling uit te schatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slope calibration: s = %1 (tg_prob = logistic(b + s × score)), fitted on %2 areas. The areas&apos; intercepts b spread with standard deviation %3 at s = 1 and %4 at s = %1; each area&apos;s total still matches its estimate exactly.</source>
        <translation>Hellingskalibratie: s = %1 (tg_prob = logistic(b + s × score)), geschat op %2 gebieden. De intercepts b van de gebieden spreiden met standaardafwijking %3 bij s = 1 en %4 bij s = %1; het totaal van elk gebied komt nog steeds precies overeen met de schatting.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generates synthetic household points inside area polygons (for example CBS wijken), with correlated attributes of the kind a geodemographic dataset holds, plus library membership and easy-read loans. Use it for demos, training and benchmarks when no licensed household data is available. The households are invented: they describe no real person or address.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Areas (polygons)&lt;/i&gt; (AREAS): polygons. The output points are in the CRS of this layer. A &lt;code&gt;statcode&lt;/code&gt; field, when present, is copied into &lt;code&gt;area_code&lt;/code&gt;; otherwise the feature id is. Areas without geometry, or whose geometry stays empty after repair, get no households and are reported. Invalid polygons are repaired (makeValid) and reported.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Number of households (divided equally over the areas)&lt;/i&gt; (HOUSEHOLDS): total over all areas, divided &lt;i&gt;equally&lt;/i&gt; over the areas with a usable geometry (the remainder one extra each to the first areas). CBS areas are drawn around population rather than land, so an equal share is closer to reality than a share by area, which would put most households in the rural outskirts.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Households per area field (takes precedence over the number)&lt;/i&gt; (COUNT_FIELD, optional): a numeric field giving the number of households of each area (rounded to a whole number; NULL = none). When set, it takes precedence over the total. Negative values are an error.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Random seed&lt;/i&gt; (RANDOM_SEED): the same seed and input give the same output on every platform. Each area draws from its own random streams, seeded from the seed and the area&apos;s position in the input, one for attributes and one for locations.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Add ground truth field tg_truth&lt;/i&gt; (GROUND_TRUTH): adds &lt;code&gt;tg_truth&lt;/code&gt; (1 = the household is in the target group) for benchmarks.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Addresses&lt;/b&gt; (invented, like everything else): &lt;code&gt;postcode&lt;/code&gt; (&quot;6711 AB&quot;), &lt;code&gt;huisnummer&lt;/code&gt; and &lt;code&gt;toevoeging&lt;/code&gt;, unique over the whole output, so that a member file can be matched to the households (&quot;Match the member file to households&quot;). Each area starts with 4 postcode digits of its own (spread over 1000-9999 by its position, up to 10 apart, as long as enough remain); the letters change every block of 10 to 25 addresses (letters F, I, O, Q, U, Y and the pairs SA, SD, SS are not used, as in the Netherlands); house numbers increase within a postcode; about 6% of numbers are a building with 2 to 4 addresses (12, 12A, 12B; 12A, 12B; or 12-1, 12-2 as toevoeging 1, 2), the other toevoeging values are NULL. The addresses come from a third random stream per area, so every other field is the same as it would be without them.&lt;/p&gt;&lt;p&gt;Points are drawn uniformly in the bounding box of the polygon until one falls inside; when %1 attempts in a row fail (a very thin polygon), the polygon&apos;s remaining households are put on its point on surface, and this is reported.&lt;/p&gt;&lt;h3&gt;Latent model&lt;/h3&gt;&lt;p&gt;N is a fresh standard normal draw, [c] is 1 when c holds; flags are probit: 1 when mean + N &amp;gt; 0.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Per area: deprivation D = N and urbanity U = N, shared by its households, so prevalence varies between areas.&lt;/li&gt;&lt;li&gt;Age class of the reference person: 18-34 24%, 35-49 24%, 50-64 25%, 65+ 27%.&lt;/li&gt;&lt;li&gt;First language other than Dutch when -1.15 + 0.35 D + 0.30 U + 0.20 [18-34] - 0.40 [65+] + N &amp;gt; 0 (about 14%).&lt;/li&gt;&lt;li&gt;Socio-economic status S = -0.45 D + 0.15 U + age effect (-0.20, 0.10, 0.15, -0.05) - 0.40 [other language] + 0.85 N.&lt;/li&gt;&lt;li&gt;Literacy in Dutch L = 0.55 S + age effect (0.15, 0.05, -0.05, -0.25) - 0.80 [other language] + 0.80 N; &lt;b&gt;low literacy&lt;/b&gt; when L &amp;lt; %2.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Target group (tg_truth)&lt;/b&gt; = low literacy AND first language Dutch (NT1): about 10% of households.&lt;/li&gt;&lt;li&gt;Education: score 0.55 S + 0.45 L + age effect (0.30, 0.15, -0.10, -0.40) + 0.60 N; low below -0.55, high above 0.45.&lt;/li&gt;&lt;li&gt;Household type by age class (single / couple / couple_kids / single_parent / other: 18-34 46/25/14/7/8%, 35-49 20/12/50/13/5%, 50-64 25/38/26/7/4%, 65+ 45/50/1/1/3%); single parents 1.6 times as likely when S &amp;lt; -0.5, 0.6 times when S &amp;gt; 0.5 (at the expense of singles).&lt;/li&gt;&lt;li&gt;Income = exp(ln 36000 + 0.30 S + 0.12 (education - mid) + type effect (single -0.35, couple 0.20, couple_kids 0.25, single_parent -0.20) + age effect (-0.15, 0.10, 0.12, -0.15) + 0.25 N), whole euros.&lt;/li&gt;&lt;li&gt;Tenure: highest of owner 0.40 + 0.80 S - 0.60 [18-34] + 0.30 [couple] - 0.30 U + N; social_rent -0.45 - 0.80 S + 0.20 [65+] + 0.40 [single parent] + N; private_rent -0.90 + 0.35 U + 0.70 [18-34] + N.&lt;/li&gt;&lt;li&gt;Dwelling: highest of detached -0.90 + 0.40 S - 0.70 U &amp;plusmn; owner (+0.60/-0.80) + N; semi_detached -0.50 - 0.30 U &amp;plusmn; owner (+0.40/-0.40) + N; terraced 0.30 + 0.30 [social rent] + N; apartment -0.40 + 0.70 U &amp;plusmn; owner (-0.80/+0.60) + 0.30 [single] + N.&lt;/li&gt;&lt;li&gt;Segment A-K (Mosaic-like groups, e.g. A well-off families, G modest seniors, H families on a tight budget, I urban diversity): the segment whose centre in (S, age class, U, children, other language) is nearest, plus 0.9 N noise per segment. Segments follow S strongly but imperfectly; no segment is more than a third target group.&lt;/li&gt;&lt;li&gt;Interests, media and shopping flags: int_diy -0.60 - 0.25 L + 0.30 [owner] - 0.30 [18-34]; int_tv_soaps -1.00 - 0.45 L + 0.35 [65+]; int_sports -0.30 + 0.25 S + 0.30 [18-34] - 0.60 [65+]; int_reading -0.50 + 0.60 L + 0.25 [65+]; int_gardening -0.90 + (0.70 (semi-)detached, 0.20 terraced, -0.60 apartment) + 0.40 [50+]; media_facebook 0.10 - 0.15 L + 0.20 [18-34] - 0.60 [65+]; media_local_paper -0.80 + 0.80 [65+] + 0.30 [50-64] - 0.15 U - 0.10 L; buy_discount_store -0.20 - 0.45 S - 0.15 L; buy_online 0.20 + 0.25 S + 0.30 L + 0.30 [18-34] - 0.90 [65+].&lt;/li&gt;&lt;li&gt;Library membership is_member: -0.86 + 0.33 L + 0.45 [children] + 0.15 [65+]: about 25% overall, about 12% in the target group.&lt;/li&gt;&lt;li&gt;Easy-read loans in a year, members only: a member borrows with chance %3 in the target group, %4 with low literacy and another first language (NT2 learners), %5 otherwise (false positives); a borrower has 1 + geometric loans (P(more than k) = 0.7^(k-1), mean 3.3). The seed &lt;code&gt;&quot;easy_read_loans&quot; &amp;gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;&lt;/code&gt; is therefore mostly, but not only, target group, and finds only part of it.&lt;/li&gt;&lt;li&gt;Missing values: age_class, education, income and tenure are each NULL for %6% of households, independently and at random.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Random numbers: std::mt19937_64 with portable transforms of our own (uniform from the top 53 bits; normal as the Irwin-Hall sum of twelve 32-bit uniforms, bounded to &amp;plusmn;6).&lt;/p&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Synthetic households&lt;/i&gt; (OUTPUT): points with fields hh_id, area_code, age_class, hh_type, education, income, tenure, dwelling, segment, first_lang, int_diy, int_tv_soaps, int_sports, int_reading, int_gardening, media_facebook, media_local_paper, buy_discount_store, buy_online, is_member, easy_read_loans and, on request, tg_truth. HOUSEHOLD_COUNT is the number written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Genereert synthetische huishoudpunten binnen gebiedspolygonen (bijvoorbeeld CBS-wijken), met samenhangende attributen van het soort dat een geodemografische dataset bevat, plus bibliotheeklidmaatschap en leningen van makkelijk-lezenboeken. Gebruik het voor demo&apos;s, training en benchmarks als er geen gelicentieerde huishoudgegevens beschikbaar zijn. De huishoudens zijn verzonnen: ze beschrijven geen echte persoon of echt adres.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;Gebieden (polygonen)&lt;/i&gt; (AREAS): polygonen. De uitvoerpunten staan in het CRS van deze laag. Een veld &lt;code&gt;statcode&lt;/code&gt; wordt, als het aanwezig is, gekopieerd naar &lt;code&gt;area_code&lt;/code&gt;; anders het object-id. Gebieden zonder geometrie, of waarvan de geometrie na reparatie leeg blijft, krijgen geen huishoudens en worden gemeld. Ongeldige polygonen worden gerepareerd (makeValid) en gemeld.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Aantal huishoudens (gelijk verdeeld over de gebieden)&lt;/i&gt; (HOUSEHOLDS): totaal over alle gebieden, &lt;i&gt;gelijk&lt;/i&gt; verdeeld over de gebieden met een bruikbare geometrie (de rest één extra per gebied aan de eerste gebieden). CBS-gebieden zijn rond de bevolking getekend en niet rond het land, dus een gelijk deel ligt dichter bij de werkelijkheid dan een deel naar oppervlakte, dat de meeste huishoudens in het landelijke buitengebied zou zetten.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Veld met huishoudens per gebied (gaat voor het aantal)&lt;/i&gt; (COUNT_FIELD, optioneel): een numeriek veld met het aantal huishoudens van elk gebied (afgerond op een geheel getal; NULL = geen). Als het is ingesteld, gaat het voor het totaal. Negatieve waarden zijn een fout.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Startwaarde toevalsgenerator&lt;/i&gt; (RANDOM_SEED): dezelfde startwaarde en invoer geven op elk platform dezelfde uitvoer. Elk gebied trekt uit eigen toevalsreeksen, gestart vanuit de startwaarde en de positie van het gebied in de invoer, één voor attributen en één voor locaties.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Veld tg_truth met grondwaarheid toevoegen&lt;/i&gt; (GROUND_TRUTH): voegt &lt;code&gt;tg_truth&lt;/code&gt; toe (1 = het huishouden hoort bij de doelgroep) voor benchmarks.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Adressen&lt;/b&gt; (verzonnen, zoals al het andere): &lt;code&gt;postcode&lt;/code&gt; (&quot;6711 AB&quot;), &lt;code&gt;huisnummer&lt;/code&gt; en &lt;code&gt;toevoeging&lt;/code&gt;, uniek over de hele uitvoer, zodat een ledenbestand aan de huishoudens kan worden gekoppeld (&quot;Ledenbestand koppelen aan huishoudens&quot;). Elk gebied begint met 4 eigen postcodecijfers (verspreid over 1000-9999 naar zijn positie, tot 10 uit elkaar, zolang er genoeg over zijn); de letters wisselen per blok van 10 tot 25 adressen (de letters F, I, O, Q, U, Y en de paren SA, SD, SS worden niet gebruikt, zoals in Nederland); huisnummers lopen op binnen een postcode; ongeveer 6% van de nummers is een gebouw met 2 tot 4 adressen (12, 12A, 12B; 12A, 12B; of 12-1, 12-2 als toevoeging 1, 2), de overige toevoegingen zijn NULL. De adressen komen uit een derde toevalsreeks per gebied, dus elk ander veld is hetzelfde als zonder adressen.&lt;/p&gt;&lt;p&gt;Punten worden uniform getrokken in de omsluitende rechthoek van de polygoon tot er een binnen valt; als %1 pogingen achter elkaar mislukken (een zeer smalle polygoon), worden de resterende huishoudens van de polygoon op zijn punt op oppervlak gezet, en dit wordt gemeld.&lt;/p&gt;&lt;h3&gt;Latent model&lt;/h3&gt;&lt;p&gt;N is een nieuwe trekking uit de standaardnormale verdeling, [c] is 1 als c geldt; markeringen zijn probit: 1 als gemiddelde + N &amp;gt; 0.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Per gebied: achterstand D = N en stedelijkheid U = N, gedeeld door de huishoudens ervan, zodat de prevalentie tussen gebieden verschilt.&lt;/li&gt;&lt;li&gt;Leeftijdsklasse van de referentiepersoon: 18-34 24%, 35-49 24%, 50-64 25%, 65+ 27%.&lt;/li&gt;&lt;li&gt;Eerste taal niet Nederlands als -1.15 + 0.35 D + 0.30 U + 0.20 [18-34] - 0.40 [65+] + N &amp;gt; 0 (ongeveer 14%).&lt;/li&gt;&lt;li&gt;Sociaal-economische status S = -0.45 D + 0.15 U + leeftijdseffect (-0.20, 0.10, 0.15, -0.05) - 0.40 [andere taal] + 0.85 N.&lt;/li&gt;&lt;li&gt;Geletterdheid in het Nederlands L = 0.55 S + leeftijdseffect (0.15, 0.05, -0.05, -0.25) - 0.80 [andere taal] + 0.80 N; &lt;b&gt;laaggeletterd&lt;/b&gt; als L &amp;lt; %2.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Doelgroep (tg_truth)&lt;/b&gt; = laaggeletterd EN eerste taal Nederlands (NT1): ongeveer 10% van de huishoudens.&lt;/li&gt;&lt;li&gt;Opleiding: score 0.55 S + 0.45 L + leeftijdseffect (0.30, 0.15, -0.10, -0.40) + 0.60 N; laag onder -0.55, hoog boven 0.45.&lt;/li&gt;&lt;li&gt;Huishoudtype per leeftijdsklasse (single / couple / couple_kids / single_parent / other: 18-34 46/25/14/7/8%, 35-49 20/12/50/13/5%, 50-64 25/38/26/7/4%, 65+ 45/50/1/1/3%); eenoudergezinnen 1,6 keer zo waarschijnlijk als S &amp;lt; -0.5, 0,6 keer als S &amp;gt; 0.5 (ten koste van alleenstaanden).&lt;/li&gt;&lt;li&gt;Inkomen = exp(ln 36000 + 0.30 S + 0.12 (opleiding - midden) + type-effect (single -0.35, couple 0.20, couple_kids 0.25, single_parent -0.20) + leeftijdseffect (-0.15, 0.10, 0.12, -0.15) + 0.25 N), in hele euro&apos;s.&lt;/li&gt;&lt;li&gt;Eigendomssituatie: de hoogste van owner 0.40 + 0.80 S - 0.60 [18-34] + 0.30 [couple] - 0.30 U + N; social_rent -0.45 - 0.80 S + 0.20 [65+] + 0.40 [eenoudergezin] + N; private_rent -0.90 + 0.35 U + 0.70 [18-34] + N.&lt;/li&gt;&lt;li&gt;Woning: de hoogste van detached -0.90 + 0.40 S - 0.70 U &amp;plusmn; owner (+0.60/-0.80) + N; semi_detached -0.50 - 0.30 U &amp;plusmn; owner (+0.40/-0.40) + N; terraced 0.30 + 0.30 [sociale huur] + N; apartment -0.40 + 0.70 U &amp;plusmn; owner (-0.80/+0.60) + 0.30 [single] + N.&lt;/li&gt;&lt;li&gt;Segment A-K (Mosaic-achtige groepen, bijvoorbeeld A welgestelde gezinnen, G bescheiden senioren, H gezinnen met een krap budget, I stedelijke diversiteit): het segment waarvan het centrum in (S, leeftijdsklasse, U, kinderen, andere taal) het dichtstbij ligt, plus 0.9 N ruis per segment. Segmenten volgen S sterk maar niet perfect; geen segment bestaat voor meer dan een derde uit de doelgroep.&lt;/li&gt;&lt;li&gt;Markeringen voor interesses, media en winkelen: int_diy -0.60 - 0.25 L + 0.30 [owner] - 0.30 [18-34]; int_tv_soaps -1.00 - 0.45 L + 0.35 [65+]; int_sports -0.30 + 0.25 S + 0.30 [18-34] - 0.60 [65+]; int_reading -0.50 + 0.60 L + 0.25 [65+]; int_gardening -0.90 + (0.70 (semi-)detached, 0.20 terraced, -0.60 apartment) + 0.40 [50+]; media_facebook 0.10 - 0.15 L + 0.20 [18-34] - 0.60 [65+]; media_local_paper -0.80 + 0.80 [65+] + 0.30 [50-64] - 0.15 U - 0.10 L; buy_discount_store -0.20 - 0.45 S - 0.15 L; buy_online 0.20 + 0.25 S + 0.30 L + 0.30 [18-34] - 0.90 [65+].&lt;/li&gt;&lt;li&gt;Bibliotheeklidmaatschap is_member: -0.86 + 0.33 L + 0.45 [kinderen] + 0.15 [65+]: ongeveer 25% in totaal, ongeveer 12% in de doelgroep.&lt;/li&gt;&lt;li&gt;Leningen van makkelijk-lezenboeken in een jaar, alleen leden: een lid leent met kans %3 in de doelgroep, %4 bij laaggeletterdheid met een andere eerste taal (NT2-leerders), %5 anders (fout-positieven); een lener heeft 1 + geometrisch verdeeld aantal leningen (P(meer dan k) = 0.7^(k-1), gemiddeld 3,3). De voorbeeldgroep &lt;code&gt;&quot;easy_read_loans&quot; &amp;gt; 0 AND &quot;first_lang&quot; = &apos;nl&apos;&lt;/code&gt; is daarom grotendeels, maar niet uitsluitend, doelgroep, en vindt er maar een deel van.&lt;/li&gt;&lt;li&gt;Ontbrekende waarden: age_class, education, income en tenure zijn elk NULL voor %6% van de huishoudens, onafhankelijk en willekeurig.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Toevalsgetallen: std::mt19937_64 met eigen, overdraagbare transformaties (uniform uit de bovenste 53 bits; normaal als Irwin-Hall-som van twaalf 32-bits uniforme getallen, begrensd op &amp;plusmn;6).&lt;/p&gt;&lt;h3&gt;Uitvoer&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Synthetische huishoudens&lt;/i&gt; (OUTPUT): punten met de velden hh_id, area_code, age_class, hh_type, education, income, tenure, dwelling, segment, first_lang, int_diy, int_tv_soaps, int_sports, int_reading, int_gardening, media_facebook, media_local_paper, buy_discount_store, buy_online, is_member, easy_read_loans en, op verzoek, tg_truth. HOUSEHOLD_COUNT is het aantal geschreven huishoudens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Feature id of the household in the input layer</source>
        <translation>Object-id van het huishouden in de invoerlaag</translation>
    </message>
    <message>
        <source>Gives every household a calibrated probability of belonging to the target group, using the profile in &lt;i&gt;Profile (.json written by Build profile)&lt;/i&gt; (PROFILE), written by “Build profile”. Every input field and geometry is kept; three fields are added:
• tg_prob: the probability (0–1). Over the scored households Σ tg_prob = p × N, with p the &lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt; (PREVALENCE) and N the number of scored households.
• tg_index: 100 × tg_prob / the average tg_prob of the scored households (100 = average household).
• tg_ref: 1 for the reference group: the round(p × N) households with the highest tg_prob (with area estimates: round(Σ tg_prob)). Ties at the cut-off are taken in reading order, which is ascending feature id for GeoPackage and memory layers; the result does not depend on anything else.
If &lt;i&gt;Input layer&lt;/i&gt; (INPUT) already has a field tg_prob, tg_index or tg_ref the algorithm stops with an error: remove or rename that field first.

&lt;i&gt;Method&lt;/i&gt; (METHOD)
0 Profile likelihood: score = Σ over the profile&apos;s scoring fields of weight × ln LR, where LR is the likelihood ratio seed/base of the household&apos;s category, shrunk toward 1 where cells are small: (seed count + k) / (expected seed count + k), k the profile&apos;s prior strength. The weight of a field is less than 1 when it is correlated with other scoring fields (from the profile), so a characteristic is not counted twice.
1 Central-profile similarity (for comparison, the approach Whize describes): the seed centroid is per field the share of seed households in each category; a household&apos;s similarity is the sum over fields of the seed share of its category, centred on the base average. It ignores how common a category is in the base. It is made a logit by the slope (seed mean − base mean) / base variance of the similarity (a linear discriminant), computed from the profile&apos;s counts treating the fields as independent. Field weights are not used.
2 PU logistic model (profiles of format version 2): score = Σ of the model&apos;s coefficient of the household&apos;s category in each scoring field: a logistic regression of seed against the other base households on all fields at once, so correlated fields need no weights (see Build profile).
3 As the profile recommends (default): the method that ranked held-out seed households better in the profile&apos;s self-assessment (0 or 2; see the profile report); the profile likelihood for a profile of format version 1, which has no self-assessment. The log names the method used.
All: a value the profile never met (and NULL when the base had none) scores neutral (0); it is counted in UNSEEN_VALUES and the first %1 distinct field/value pairs are named in the log. Values are read exactly as Build profile read them; values it merged into “(other)” score as “(other)”.

Calibration: tg_prob = 1 / (1 + exp(−(b + score))), with scores rounded to 0.0001 and the intercept b solved so that Σ tg_prob equals p × N (to about 1e-9). p = 0 and p = 1 give exactly 0 and 1.

&lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt;: the expected share of target-group households among the scored households (0–1). The default 0.10 comes from PIAAC 2023 (OECD Survey of Adult Skills): 15.9% of Dutch 16–65-year-olds are low-literate and about two thirds of them have Dutch as first language, so about 10.6% of adults are the target group (NT1); as a share of households we use 0.10. Municipal estimates average about 12% and range from about 1% to 32%: use the local figure when you have it.

&lt;i&gt;Areas with a prevalence estimate&lt;/i&gt; (PREVALENCE_AREAS) and &lt;i&gt;Prevalence estimate field (share 0–1 or percentage)&lt;/i&gt; (PREVALENCE_FIELD), optional: polygons with an estimated share per area, e.g. per gemeente. Each area is calibrated separately, so the expected count within it equals its estimate × its households. The field holds shares (0–1); if any value is above 1 the whole field is read as percentages (0–100). A NULL or a value outside 0–100 is an error naming the area. A household belongs to the area it lies in by the same rule as “Aggregate households to areas”, so it is calibrated in the area it is counted in: a household is at its point (a multipoint or other geometry at its point on surface); on the boundary counts as in; in several overlapping areas: the one with the lowest feature id. Households outside every area or without geometry are calibrated together with &lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt;.
&lt;i&gt;Fit the slope to the area estimates (several areas)&lt;/i&gt; (FIT_SLOPE, default on): with two or more areas, tg_prob = logistic(b + s × score), with s fitted from the areas&apos; estimates: the s that leaves the least for the per-area intercepts b to do (least squares on the intercepts&apos; deviation from their households-weighted mean), searched from 0.25 to 4. Each area&apos;s total still matches its estimate exactly through its own b. Scores tend to be compressed (they separate areas less than reality does); s &gt; 1 stretches them, also within each area. The log reports s and how much the intercepts spread with and without it; the result SLOPE holds s. With a single prevalence s = 1: one total says how many, not how steeply the probability rises with the score, so the slope cannot be estimated.

&lt;i&gt;Slim output: the household&apos;s feature id and the tg_* fields only&lt;/i&gt; (SLIM, default off): the output holds each household&apos;s point, hh_fid (its feature id in &lt;i&gt;Input layer&lt;/i&gt;) and tg_prob, tg_index, tg_ref, instead of every input attribute; it is written faster and is much smaller. Join it back to the households with &quot;Join attributes by field value&quot; (input: the households, field: an expression-free key such as the GeoPackage&apos;s fid, or a field holding the feature id; join layer: the slim output, field hh_fid), or keep both in one GeoPackage and join in a view. The feature id is the one QGIS reports for the input (for a GeoPackage its fid column); it is stable only as long as the input is not rewritten.

Selected features only is supported. In-place editing is not: QGIS&apos;s in-place mode cannot add fields and skips the calibration pass.

Results: EXPECTED_TOTAL (Σ tg_prob), REFERENCE_COUNT, UNSEEN_VALUES, SLOPE. Memory does not grow with the number of households (two passes over &lt;i&gt;Input layer&lt;/i&gt;).</source>
        <translation>Geeft elk huishouden een gekalibreerde kans om tot de doelgroep te behoren, met het profiel in &lt;i&gt;Profiel (.json geschreven door Doelgroepprofiel maken)&lt;/i&gt; (PROFILE), geschreven door “Doelgroepprofiel maken”. Alle invoervelden en de geometrie blijven behouden; er worden drie velden toegevoegd:
• tg_prob: de kans (0–1). Over de gescoorde huishoudens geldt Σ tg_prob = p × N, met p het &lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt; (PREVALENCE) en N het aantal gescoorde huishoudens.
• tg_index: 100 × tg_prob / de gemiddelde tg_prob van de gescoorde huishoudens (100 = gemiddeld huishouden).
• tg_ref: 1 voor de referentiegroep: de round(p × N) huishoudens met de hoogste tg_prob (met gebiedsschattingen: round(Σ tg_prob)). Bij gelijke waarden op de grens gaat de leesvolgorde voor, bij GeoPackage- en geheugenlagen oplopend object-id; het resultaat hangt van niets anders af.
Als &lt;i&gt;Invoerlaag&lt;/i&gt; (INPUT) al een veld tg_prob, tg_index of tg_ref heeft, stopt het algoritme met een foutmelding: verwijder of hernoem dat veld eerst.

&lt;i&gt;Methode&lt;/i&gt; (METHOD)
0 Profiel-likelihood: score = Σ over de scorevelden van het profiel van gewicht × ln LR, waarbij LR de likelihoodratio voorbeeldgroep/vergelijkingsbasis van de categorie van het huishouden is, naar 1 toe gekrompen waar cellen klein zijn: (aantal voorbeeldhuishoudens + k) / (verwacht aantal voorbeeldhuishoudens + k), met k de priorsterkte van het profiel. Het gewicht van een veld is kleiner dan 1 als het gecorreleerd is met andere scorevelden (uit het profiel), zodat een kenmerk niet dubbel telt.
1 Gelijkenis met centraal profiel (ter vergelijking, de aanpak die Whize beschrijft): het zwaartepunt van de voorbeeldgroep is per veld het aandeel voorbeeldhuishoudens in elke categorie; de gelijkenis van een huishouden is de som over de velden van het aandeel in de voorbeeldgroep van zijn categorie, gecentreerd op het gemiddelde van de vergelijkingsbasis. De methode negeert hoe gewoon een categorie in de vergelijkingsbasis is. De gelijkenis wordt een logit via de helling (gemiddelde voorbeeldgroep − gemiddelde vergelijkingsbasis) / variantie in de vergelijkingsbasis van de gelijkenis (een lineaire discriminant), berekend uit de aantallen van het profiel, met de velden als onafhankelijk behandeld. Veldgewichten worden niet gebruikt.
2 PU-logistisch model (profielen met formaatversie 2): score = Σ van de coëfficiënt van het model voor de categorie van het huishouden in elk scoreveld: een logistische regressie van de voorbeeldgroep tegen de overige huishoudens in de vergelijkingsbasis op alle velden tegelijk, zodat gecorreleerde velden geen gewichten nodig hebben (zie Doelgroepprofiel maken).
3 Zoals het profiel aanbeveelt (standaard): de methode die in de zelftoets van het profiel de weggelaten voorbeeldhuishoudens beter rangschikte (0 of 2; zie het profielrapport); de profiel-likelihood voor een profiel met formaatversie 1, dat geen zelftoets heeft. Het logboek noemt de gebruikte methode.
Alle methoden: een waarde die het profiel nooit tegenkwam (en NULL als de vergelijkingsbasis er geen had), scoort neutraal (0); ze wordt geteld in UNSEEN_VALUES en de eerste %1 verschillende combinaties van veld en waarde worden in het logboek genoemd. Waarden worden precies zo gelezen als Doelgroepprofiel maken ze las; waarden die het in “(other)” samenvoegde, scoren als “(other)”.

Kalibratie: tg_prob = 1 / (1 + exp(−(b + score))), met scores afgerond op 0,0001 en het intercept b zo opgelost dat Σ tg_prob gelijk is aan p × N (tot op ongeveer 1e-9). p = 0 en p = 1 geven precies 0 en 1.

&lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt;: het verwachte aandeel doelgroephuishoudens onder de gescoorde huishoudens (0–1). De standaardwaarde 0,10 komt uit PIAAC 2023 (OECD Survey of Adult Skills): 15,9% van de Nederlanders van 16–65 jaar is laaggeletterd en ongeveer twee derde van hen heeft Nederlands als eerste taal, dus ongeveer 10,6% van de volwassenen behoort tot de doelgroep (NT1); als aandeel van de huishoudens gebruiken we 0,10. Gemeentelijke schattingen liggen gemiddeld rond 12% en lopen van ongeveer 1% tot 32%: gebruik het lokale cijfer als u dat hebt.

&lt;i&gt;Gebieden met een prevalentieschatting&lt;/i&gt; (PREVALENCE_AREAS) en &lt;i&gt;Veld met prevalentieschatting (aandeel 0–1 of percentage)&lt;/i&gt; (PREVALENCE_FIELD), optioneel: polygonen met een geschat aandeel per gebied, bijvoorbeeld per gemeente. Elk gebied wordt apart gekalibreerd, zodat het verwachte aantal erin gelijk is aan de schatting × het aantal huishoudens. Het veld bevat aandelen (0–1); is een waarde groter dan 1, dan wordt het hele veld gelezen als percentages (0–100). Een NULL of een waarde buiten 0–100 is een fout die het gebied noemt. Een huishouden hoort bij het gebied waarin het ligt volgens dezelfde regel als in “Huishoudens aggregeren naar gebieden”, zodat het wordt gekalibreerd in het gebied waarin het wordt geteld: een huishouden ligt op zijn punt (een multipoint of andere geometrie op zijn punt op oppervlak); op de grens telt als erin; in meerdere overlappende gebieden: het gebied met het laagste object-id. Huishoudens buiten elk gebied of zonder geometrie worden samen gekalibreerd met &lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt;.
&lt;i&gt;Helling aanpassen aan de gebiedsschattingen (meerdere gebieden)&lt;/i&gt; (FIT_SLOPE, standaard aan): met twee of meer gebieden geldt tg_prob = logistic(b + s × score), met s geschat uit de schattingen van de gebieden: de s die het minste overlaat voor de intercepts b per gebied (kleinste kwadraten op de afwijking van de intercepts van hun naar huishoudens gewogen gemiddelde), gezocht van 0,25 tot en met 4. Het totaal van elk gebied komt via zijn eigen b nog steeds precies overeen met de schatting. Scores zijn vaak samengedrukt (ze onderscheiden gebieden minder dan de werkelijkheid); s &gt; 1 rekt ze op, ook binnen elk gebied. Het logboek meldt s en hoeveel de intercepts met en zonder die helling spreiden; het resultaat SLOPE bevat s. Met één enkele prevalentie geldt s = 1: één totaal zegt hoeveel, niet hoe steil de kans met de score stijgt, dus de helling kan niet worden geschat.

&lt;i&gt;Slanke uitvoer: alleen het object-id van het huishouden en de tg_*-velden&lt;/i&gt; (SLIM, standaard uit): de uitvoer bevat per huishouden het punt, hh_fid (het object-id in &lt;i&gt;Invoerlaag&lt;/i&gt;) en tg_prob, tg_index, tg_ref, in plaats van alle invoerattributen; hij wordt sneller geschreven en is veel kleiner. Koppel hem terug aan de huishoudens met &quot;Attributen samenvoegen op veldwaarde&quot; (invoer: de huishoudens, veld: een sleutel zonder expressie, zoals de fid van de GeoPackage, of een veld met het object-id; koppellaag: de slanke uitvoer, veld hh_fid), of bewaar beide in één GeoPackage en koppel ze in een view. Het object-id is het id dat QGIS voor de invoer meldt (voor een GeoPackage de fid-kolom); het blijft alleen gelijk zolang de invoer niet opnieuw wordt geschreven.

Alleen geselecteerde objecten wordt ondersteund. Objecten op hun plaats bewerken niet: de bewerkingsmodus van QGIS kan geen velden toevoegen en slaat de kalibratiedoorgang over.

Resultaten: EXPECTED_TOTAL (Σ tg_prob), REFERENCE_COUNT, UNSEEN_VALUES, SLOPE. Het geheugengebruik groeit niet met het aantal huishoudens (twee doorgangen over &lt;i&gt;Invoerlaag&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Slim output: the household&apos;s feature id and the tg_* fields only</source>
        <translation>Slanke uitvoer: alleen het object-id van het huishouden en de tg_*-velden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Counts scored households per area in one pass and sets the expected target group against membership.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Scored households&lt;/i&gt; (INPUT) are points with a probability field, &lt;i&gt;Probability field&lt;/i&gt; (PROB_FIELD, default tg_prob, 0..1), and a reference-group flag, &lt;i&gt;Reference-group field&lt;/i&gt; (REF_FIELD, default tg_ref, non-zero = in the reference group). &lt;i&gt;Areas&lt;/i&gt; (AREAS) are polygons, e.g. CBS buurten or wijken, in any CRS: they are reprojected to the households&apos; CRS for the point test.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Areas with target-group figures&lt;/i&gt; (OUTPUT): every area with all its fields and its geometry, plus hh_total (households in the area); tg_expected (sum of probabilities) with tg_expected_low and tg_expected_high, a 95% interval from the Poisson-binomial variance tg_variance = sum p(1-p) by the normal approximation (tg_expected +- 1.96 sqrt(tg_variance), clipped to 0..hh_total); tg_ref (reference-group households); tg_share (tg_expected / hh_total); tg_index (100 = the share over all matched households); mem_total and mem_penetration (members / households); mem_tg_expected (sum of probabilities over members); tg_reach (mem_tg_expected / tg_expected) and tg_untapped (tg_expected - mem_tg_expected); suppressed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Membership&lt;/b&gt; comes from one of two sources. &lt;i&gt;Library members (expression)&lt;/i&gt; (MEMBER) is an expression on the households, e.g. &lt;code&gt;&quot;is_member&quot; = 1&lt;/code&gt;. Or give the member file as the library system exports it (MEMBERS, see below): a household is a member household when at least one member matches its address; &lt;i&gt;Members that match no household&lt;/i&gt; (UNMATCHED_MEMBERS) optionally receives the members that match none, with the reason, and the results MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED and HOUSEHOLDS_WITH_MEMBERS say how the file matched. Give one of the two, not both. Without either the mem_* fields, tg_reach and tg_untapped are NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Suppression&lt;/b&gt;: an area with fewer households than &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; (MIN_COUNT, default 10) has suppressed = 1 and NULL in every tg_* and mem_* field; only hh_total, the count that decides suppression, stays. Ratios with a zero denominator are NULL too. &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; = 0 suppresses nothing: use that only for an intermediate layer that is rolled up with &quot;Roll up areas&quot;, which reapplies suppression, and do not publish it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Assignment rule&lt;/b&gt; (the same in &quot;Score households&quot;, so a household is calibrated in the area it is counted in): a household is at its point; a household with a geometry of several parts (a multipoint) or another geometry is at its point on surface, and their number is reported. It belongs to an area when it lies inside it or on its boundary. When that holds for several areas (a shared boundary, or overlapping polygons), the household is counted once, in the area with the lowest feature id (for GeoPackage and memory layers: the one that comes first). MULTIPLE counts households inside two or more overlapping areas (not those merely on a shared boundary). Invalid area geometries are repaired (make valid) and their feature ids reported.&lt;/p&gt;&lt;p&gt;Results: MATCHED households (in an area), UNMATCHED households (in no area, or without geometry; MATCHED + UNMATCHED is always the number read), MULTIPLE. &lt;i&gt;Households in no area&lt;/i&gt; (UNMATCHED_OUTPUT) optionally receives the unmatched households with their fields.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scoring in the same pass&lt;/b&gt; (optional): give &lt;i&gt;Profile (.json written by Build profile)&lt;/i&gt; (PROFILE) and &lt;i&gt;Scored households&lt;/i&gt; (INPUT) may be the households as they are, unscored: each household is scored and counted in one streaming pass, without writing a scored household layer. &lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt; (PREVALENCE), &lt;i&gt;Method&lt;/i&gt; (METHOD), &lt;i&gt;Areas with a prevalence estimate&lt;/i&gt; (PREVALENCE_AREAS), &lt;i&gt;Prevalence estimate field (share 0–1 or percentage)&lt;/i&gt; (PREVALENCE_FIELD) and &lt;i&gt;Fit the slope to the area estimates (several areas)&lt;/i&gt; (FIT_SLOPE) mean what they mean in &quot;Score households&quot; and are used only with a profile. The figures per area are the same as those of &quot;Score households&quot; followed by this algorithm on its output (to about 1e-9: the calibration, the slope and the reference group, ties at the cut-off in reading order, included); &lt;i&gt;Probability field&lt;/i&gt; (PROB_FIELD) and &lt;i&gt;Reference-group field&lt;/i&gt; (REF_FIELD) are ignored then. Memory grows with the areas and the distinct scores per area, not with the households; in the rare case of a tie at the reference cut-off across areas INPUT is read a second time. Extra results: EXPECTED_TOTAL (the expected target-group households, Σ of the probabilities over all households read) and SLOPE (the calibration slope s).&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;Telt gescoorde huishoudens per gebied in één doorgang en zet de verwachte doelgroep af tegen het lidmaatschap.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Gescoorde huishoudens&lt;/i&gt; (INPUT) zijn punten met een kansveld, &lt;i&gt;Kansveld&lt;/i&gt; (PROB_FIELD, standaard tg_prob, 0..1), en een markering voor de referentiegroep, &lt;i&gt;Veld referentiegroep&lt;/i&gt; (REF_FIELD, standaard tg_ref, niet 0 = in de referentiegroep). &lt;i&gt;Gebieden&lt;/i&gt; (AREAS) zijn polygonen, bijvoorbeeld CBS-buurten of -wijken, in elk CRS: ze worden voor de punt-in-polygoontoets naar het CRS van de huishoudens geprojecteerd.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Gebieden met doelgroepcijfers&lt;/i&gt; (OUTPUT): elk gebied met al zijn velden en zijn geometrie, plus hh_total (huishoudens in het gebied); tg_expected (som van de kansen) met tg_expected_low en tg_expected_high, een 95%-interval uit de Poisson-binomiale variantie tg_variance = som p(1-p) via de normale benadering (tg_expected +- 1.96 sqrt(tg_variance), begrensd op 0..hh_total); tg_ref (huishoudens in de referentiegroep); tg_share (tg_expected / hh_total); tg_index (100 = het aandeel over alle toegewezen huishoudens); mem_total en mem_penetration (leden / huishoudens); mem_tg_expected (som van de kansen over de leden); tg_reach (mem_tg_expected / tg_expected) en tg_untapped (tg_expected - mem_tg_expected); suppressed.&lt;/p&gt;&lt;p&gt;Het &lt;b&gt;lidmaatschap&lt;/b&gt; komt uit een van twee bronnen. &lt;i&gt;Bibliotheekleden (expressie)&lt;/i&gt; (MEMBER) is een expressie op de huishoudens, bijvoorbeeld &lt;code&gt;&quot;is_member&quot; = 1&lt;/code&gt;. Of geef het ledenbestand zoals het bibliotheeksysteem het exporteert (MEMBERS, zie hieronder): een huishouden is een huishouden met lidmaatschap als ten minste één lid aan zijn adres wordt gekoppeld; &lt;i&gt;Leden die bij geen enkel huishouden horen&lt;/i&gt; (UNMATCHED_MEMBERS) krijgt optioneel de leden die bij geen enkel huishouden horen, met de reden, en de resultaten MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED en HOUSEHOLDS_WITH_MEMBERS laten zien hoe het bestand is gekoppeld. Geef een van beide, niet allebei. Zonder beide zijn de velden mem_*, tg_reach en tg_untapped NULL.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Afscherming&lt;/b&gt;: een gebied met minder huishoudens dan &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; (MIN_COUNT, standaard 10) heeft suppressed = 1 en NULL in elk veld tg_* en mem_*; alleen hh_total, het aantal dat over de afscherming beslist, blijft staan. Verhoudingen met een noemer 0 zijn ook NULL. &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; = 0 schermt niets af: gebruik dat alleen voor een tussenlaag die met &quot;Gebieden opschalen&quot; wordt opgeschaald, dat de afscherming opnieuw toepast, en publiceer die tussenlaag niet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Toewijzingsregel&lt;/b&gt; (dezelfde als in &quot;Huishoudens scoren&quot;, zodat een huishouden wordt gekalibreerd in het gebied waarin het wordt geteld): een huishouden ligt op zijn punt; een huishouden met een geometrie uit meerdere delen (een multipoint) of een andere geometrie ligt op zijn punt op oppervlak, en hun aantal wordt gemeld. Het hoort bij een gebied als het erin of op de grens ervan ligt. Geldt dat voor meerdere gebieden (een gedeelde grens, of overlappende polygonen), dan wordt het huishouden één keer geteld, in het gebied met het laagste object-id (voor GeoPackage- en geheugenlagen: het gebied dat als eerste komt). MULTIPLE telt huishoudens in twee of meer overlappende gebieden (niet die alleen op een gedeelde grens liggen). Ongeldige gebiedsgeometrieën worden gerepareerd (geldig gemaakt) en hun object-id&apos;s gemeld.&lt;/p&gt;&lt;p&gt;Resultaten: MATCHED huishoudens (in een gebied), UNMATCHED huishoudens (in geen enkel gebied, of zonder geometrie; MATCHED + UNMATCHED is altijd het gelezen aantal), MULTIPLE. &lt;i&gt;Huishoudens in geen enkel gebied&lt;/i&gt; (UNMATCHED_OUTPUT) krijgt optioneel de niet-toegewezen huishoudens met hun velden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scoren in dezelfde doorgang&lt;/b&gt; (optioneel): geef &lt;i&gt;Profiel (.json geschreven door Doelgroepprofiel maken)&lt;/i&gt; (PROFILE) op, dan mogen de &lt;i&gt;Gescoorde huishoudens&lt;/i&gt; (INPUT) de huishoudens zijn zoals ze zijn, nog niet gescoord: elk huishouden wordt gescoord en geteld in één doorgang terwijl het wordt gelezen, zonder een laag met gescoorde huishoudens te schrijven. &lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt; (PREVALENCE), &lt;i&gt;Methode&lt;/i&gt; (METHOD), &lt;i&gt;Gebieden met een prevalentieschatting&lt;/i&gt; (PREVALENCE_AREAS), &lt;i&gt;Veld met prevalentieschatting (aandeel 0–1 of percentage)&lt;/i&gt; (PREVALENCE_FIELD) en &lt;i&gt;Helling aanpassen aan de gebiedsschattingen (meerdere gebieden)&lt;/i&gt; (FIT_SLOPE) betekenen hetzelfde als in &quot;Huishoudens scoren&quot; en worden alleen met een profiel gebruikt. De cijfers per gebied zijn dezelfde als die van &quot;Huishoudens scoren&quot; gevolgd door dit algoritme op de uitvoer daarvan (tot op ongeveer 1e-9: de kalibratie, de helling en de referentiegroep, met gelijke waarden op de grens in leesvolgorde, inbegrepen); &lt;i&gt;Kansveld&lt;/i&gt; (PROB_FIELD) en &lt;i&gt;Veld referentiegroep&lt;/i&gt; (REF_FIELD) worden dan genegeerd. Het geheugengebruik groeit met het aantal gebieden en het aantal verschillende scores per gebied, niet met het aantal huishoudens; in het zeldzame geval van gelijke waarden op de grens van de referentiegroep over gebieden heen wordt INPUT een tweede keer gelezen. Extra resultaten: EXPECTED_TOTAL (het verwachte aantal doelgroephuishoudens, Σ van de kansen over alle gelezen huishoudens) en SLOPE (de kalibratiehelling s).&lt;/p&gt;%1</translation>
    </message>
    <message>
        <source>PREVALENCE_AREAS is given but PROFILE is not: area estimates calibrate the scoring, which needs a profile. Give PROFILE to score INPUT here, or clear PREVALENCE_AREAS to count households already scored.</source>
        <translation>PREVALENCE_AREAS is opgegeven, maar PROFILE niet: gebiedsschattingen kalibreren het scoren, en daarvoor is een profiel nodig. Geef PROFILE op om INPUT hier te scoren, of maak PREVALENCE_AREAS leeg om huishoudens te tellen die al gescoord zijn.</translation>
    </message>
    <message>
        <source>Households of several areas tie at the reference-group cut-off: reading INPUT once more to take them in reading order.</source>
        <translation>Huishoudens uit meerdere gebieden hebben gelijke waarden op de grens van de referentiegroep: INPUT wordt nog een keer gelezen om ze in leesvolgorde te nemen.</translation>
    </message>
    <message>
        <source>Score and aggregate households to the finest areas in one pass (unsuppressed sums, kept temporary)</source>
        <translation>Huishoudens scoren en aggregeren naar de fijnste gebieden in één doorgang (sommen zonder afscherming, tijdelijk bewaard)</translation>
    </message>
    <message>
        <source>From seed households to a map and a report in one run. The steps are the provider&apos;s own algorithms, run one after the other:
1. &lt;b&gt;Build target group profile&lt;/b&gt; of &lt;i&gt;Households&lt;/i&gt; (HOUSEHOLDS) from &lt;i&gt;Seed households (expression)&lt;/i&gt; (SEED) and &lt;i&gt;Comparison base (expression; empty: all households)&lt;/i&gt; (BASE), with &lt;i&gt;Profile fields (used for scoring)&lt;/i&gt; (FIELDS) and &lt;i&gt;Descriptive fields (soft characteristics)&lt;/i&gt; (DESCRIPTIVE_FIELDS);
2. &lt;b&gt;Score households&lt;/b&gt; with the profile (calibrated probability tg_prob, index, reference group), calibrated to &lt;i&gt;Expected share of target-group households (0–1)&lt;/i&gt; (PREVALENCE), or per area where &lt;i&gt;Areas with a prevalence estimate (e.g. per-gemeente literacy estimates)&lt;/i&gt; (PREVALENCE_AREAS) with their &lt;i&gt;Prevalence estimate field (share 0–1 or percentage)&lt;/i&gt; (PREVALENCE_FIELD) are given; this step runs only when &lt;i&gt;Scored households&lt;/i&gt; (OUTPUT_HOUSEHOLDS) is given, and with &lt;i&gt;Slim output: the household&apos;s feature id and the tg_* fields only&lt;/i&gt; (SLIM_HOUSEHOLDS) that layer holds only each household&apos;s point, feature id (hh_fid) and the tg_* fields;
3. &lt;b&gt;Aggregate households to areas&lt;/b&gt; on &lt;i&gt;Finest areas (e.g. buurten or wijken)&lt;/i&gt; (AREAS), once, over all households, unsuppressed, into a temporary layer; it scores the households itself in the same streaming pass, with the same profile and calibration, so the area figures are the same with or without the scored household layer, and a run without it is much faster;
4. &lt;b&gt;Roll up areas&lt;/b&gt; from there onto the finest level itself and onto the optional &lt;i&gt;Middle areas (e.g. gemeenten)&lt;/i&gt; (MIDDLE_AREAS) and &lt;i&gt;Coarse areas (e.g. provincies)&lt;/i&gt; (COARSE_AREAS), without reading the households again. The join is automatic: by &lt;i&gt;Area code field in every area layer (CBS codes; empty: join every level spatially)&lt;/i&gt; (CODE_FIELD, default statcode) when both layers hold CBS buurt, wijk or gemeente codes, which nest by prefix (WK022801 lies in GM0228); otherwise spatially, each finest area going to the coarse area that holds its point on surface (provincie codes PVnn do not nest; an empty &lt;i&gt;Area code field in every area layer (CBS codes; empty: join every level spatially)&lt;/i&gt; joins every level spatially). The log says which join each level got and why. Finest areas that match no coarse area are counted and named in the log, never dropped silently;
5. the &lt;b&gt;area report&lt;/b&gt; (HTML with a map) of the finest level;
6. with &lt;i&gt;Library service areas&lt;/i&gt; (LIBRARIES) and their &lt;i&gt;Library name field&lt;/i&gt; (LIBRARY_NAME_FIELD), &lt;b&gt;figures and reports per library service area&lt;/b&gt;: the finest areas are assigned to the service area that holds their point on surface (or by the gemeente codes in a field GM_CODES), summed per library from the same unsuppressed sums as the roll-ups and suppressed the same way; a table per library, the finest areas tagged with their library, and a folder with one report per library and an index page. Finest areas in no service area are counted and named.

&lt;b&gt;Membership&lt;/b&gt;, from one of two sources: &lt;i&gt;Library members (expression)&lt;/i&gt; (MEMBER), an expression that is true for member households (e.g. &quot;is_member&quot; = 1), or the member file as the library system exports it, &lt;i&gt;Member file (table of members by address)&lt;/i&gt; (MEMBERS), matched by postcode, house number and addition to the households (the HOUSEHOLD_* and MEMBER_* field inputs; see &quot;Match the member file to households&quot;); members that match no household go to &lt;i&gt;Members that match no household&lt;/i&gt; (OUTPUT_UNMATCHED_MEMBERS) with the reason, and MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED. Either gives, per area and per library, member households, the target group reached by members (tg_reach) and the expected target households that are not yet members (tg_untapped). Consider building the profile with members as the comparison base: the seed are members.

&lt;b&gt;Small numbers&lt;/b&gt;: every published level is suppressed the same way: areas with fewer households than &lt;i&gt;Suppress areas with fewer households than&lt;/i&gt; (MIN_COUNT) keep only hh_total. The profile merges categories with fewer seed or base households than &lt;i&gt;Minimum cell size of the profile&lt;/i&gt; (MIN_CELL) into &quot;(other)&quot;, and cuts numeric fields into as many quantile bins as &lt;i&gt;Quantile bins for numeric fields&lt;/i&gt; (BINS) (advanced parameters).

The algorithm &quot;Target group: full analysis&quot; and the model targetgroup_full_analysis.model3, which ships in the plugin&apos;s folder (open it in Model Designer with Processing Toolbox → Models → Open Existing Model… to adapt it), are written from one definition and run the same steps with the same settings. The middle and coarse levels run only when their area layers are given (in the model through a Conditional branch per level). The algorithm writes the area report and the scored households only when an output is given for them; the model always writes both (to a temporary file unless you choose one), because a model step cannot depend on whether an output is wanted.</source>
        <translation>Van voorbeeldhuishoudens naar een kaart en een rapport in één run. De stappen zijn de eigen algoritmen van de provider, na elkaar uitgevoerd:
1. &lt;b&gt;Doelgroepprofiel maken&lt;/b&gt; van &lt;i&gt;Huishoudens&lt;/i&gt; (HOUSEHOLDS) uit &lt;i&gt;Voorbeeldhuishoudens (expressie)&lt;/i&gt; (SEED) en &lt;i&gt;Vergelijkingsbasis (expressie; leeg: alle huishoudens)&lt;/i&gt; (BASE), met &lt;i&gt;Profielvelden (gebruikt voor het scoren)&lt;/i&gt; (FIELDS) en &lt;i&gt;Beschrijvende velden (zachte kenmerken)&lt;/i&gt; (DESCRIPTIVE_FIELDS);
2. &lt;b&gt;Huishoudens scoren&lt;/b&gt; met het profiel (gekalibreerde kans tg_prob, index, referentiegroep), gekalibreerd op &lt;i&gt;Verwacht aandeel doelgroephuishoudens (0–1)&lt;/i&gt; (PREVALENCE), of per gebied als &lt;i&gt;Gebieden met een schatting van het aandeel (bijvoorbeeld schattingen van laaggeletterdheid per gemeente)&lt;/i&gt; (PREVALENCE_AREAS) met hun &lt;i&gt;Veld met prevalentieschatting (aandeel 0–1 of percentage)&lt;/i&gt; (PREVALENCE_FIELD) zijn opgegeven; deze stap wordt alleen uitgevoerd als &lt;i&gt;Gescoorde huishoudens&lt;/i&gt; (OUTPUT_HOUSEHOLDS) is opgegeven, en met &lt;i&gt;Slanke uitvoer: alleen het object-id van het huishouden en de tg_*-velden&lt;/i&gt; (SLIM_HOUSEHOLDS) bevat die laag per huishouden alleen het punt, het object-id (hh_fid) en de tg_*-velden;
3. &lt;b&gt;Huishoudens aggregeren naar gebieden&lt;/b&gt; op &lt;i&gt;Fijnste gebieden (bijvoorbeeld buurten of wijken)&lt;/i&gt; (AREAS), één keer, over alle huishoudens, zonder afscherming, naar een tijdelijke laag; de stap scoort de huishoudens zelf in dezelfde doorgang waarin ze worden gelezen, met hetzelfde profiel en dezelfde kalibratie, dus de gebiedscijfers zijn dezelfde met of zonder de laag met gescoorde huishoudens, en een run zonder die laag is veel sneller;
4. &lt;b&gt;Gebieden opschalen&lt;/b&gt; van daaruit naar het fijnste niveau zelf en naar de optionele &lt;i&gt;Middelste gebieden (bijvoorbeeld gemeenten)&lt;/i&gt; (MIDDLE_AREAS) en &lt;i&gt;Grofste gebieden (bijvoorbeeld provincies)&lt;/i&gt; (COARSE_AREAS), zonder de huishoudens opnieuw te lezen. De koppeling gaat automatisch: op &lt;i&gt;Veld met gebiedscode in elke gebiedenlaag (CBS-codes; leeg: elk niveau ruimtelijk koppelen)&lt;/i&gt; (CODE_FIELD, standaard statcode) als beide lagen CBS-buurt-, -wijk- of -gemeentecodes bevatten, die via hun begin in elkaar passen (WK022801 ligt in GM0228); anders ruimtelijk, waarbij elk fijnste gebied naar het grove gebied gaat dat zijn punt op oppervlak bevat (provinciecodes PVnn passen niet in elkaar; een leeg &lt;i&gt;Veld met gebiedscode in elke gebiedenlaag (CBS-codes; leeg: elk niveau ruimtelijk koppelen)&lt;/i&gt; koppelt elk niveau ruimtelijk). Het logboek meldt welke koppeling elk niveau kreeg en waarom. Fijnste gebieden die in geen enkel grof gebied vallen, worden geteld en in het logboek genoemd, nooit stilzwijgend weggelaten;
5. het &lt;b&gt;gebiedsrapport&lt;/b&gt; (HTML met een kaart) van het fijnste niveau;
6. met &lt;i&gt;Werkgebieden van bibliotheken&lt;/i&gt; (LIBRARIES) en hun &lt;i&gt;Veld met bibliotheeknaam&lt;/i&gt; (LIBRARY_NAME_FIELD): &lt;b&gt;cijfers en rapporten per werkgebied van een bibliotheek&lt;/b&gt;: de fijnste gebieden worden toegewezen aan het werkgebied dat hun punt op oppervlak bevat (of op de gemeentecodes in een veld GM_CODES), per bibliotheek opgeteld uit dezelfde niet-afgeschermde sommen als bij het opschalen en op dezelfde manier afgeschermd; een tabel per bibliotheek, de fijnste gebieden gemarkeerd met hun bibliotheek, en een map met één rapport per bibliotheek en een indexpagina. Fijnste gebieden in geen enkel werkgebied worden geteld en genoemd.

&lt;b&gt;Lidmaatschap&lt;/b&gt;, uit een van twee bronnen: &lt;i&gt;Bibliotheekleden (expressie)&lt;/i&gt; (MEMBER), een expressie die waar is voor huishoudens met lidmaatschap (bijvoorbeeld &quot;is_member&quot; = 1), of het ledenbestand zoals het bibliotheeksysteem het exporteert, &lt;i&gt;Ledenbestand (tabel met leden per adres)&lt;/i&gt; (MEMBERS), op postcode, huisnummer en toevoeging gekoppeld aan de huishoudens (de veldinvoer HOUSEHOLD_* en MEMBER_*; zie &quot;Ledenbestand koppelen aan huishoudens&quot;); leden die bij geen enkel huishouden horen, gaan naar &lt;i&gt;Leden die bij geen enkel huishouden horen&lt;/i&gt; (OUTPUT_UNMATCHED_MEMBERS) met de reden, en MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED. Beide geven per gebied en per bibliotheek de huishoudens met lidmaatschap, de door leden bereikte doelgroep (tg_reach) en de verwachte doelgroephuishoudens die nog geen lid zijn (tg_untapped). Overweeg het profiel te maken met de leden als vergelijkingsbasis: de voorbeeldhuishoudens zijn leden.

&lt;b&gt;Kleine aantallen&lt;/b&gt;: elk gepubliceerd niveau wordt op dezelfde manier afgeschermd: gebieden met minder huishoudens dan &lt;i&gt;Gebieden afschermen met minder huishoudens dan&lt;/i&gt; (MIN_COUNT) houden alleen hh_total. Het profiel voegt categorieën met minder voorbeeld- of basishuishoudens dan &lt;i&gt;Minimale celgrootte van het profiel&lt;/i&gt; (MIN_CELL) samen in &quot;(other)&quot;, en deelt numerieke velden in zoveel kwantielklassen in als &lt;i&gt;Kwantielklassen voor numerieke velden&lt;/i&gt; (BINS) (geavanceerde parameters).

Het algoritme &quot;Doelgroep: volledige analyse&quot; en het model targetgroup_full_analysis.model3, dat in de map van de plug-in wordt meegeleverd (open het in de Modelontwerper via Processing Toolbox → Modellen → Bestaand model openen… om het aan te passen), zijn uit één definitie geschreven en voeren dezelfde stappen met dezelfde instellingen uit. Het middelste en het grofste niveau worden alleen uitgevoerd als hun gebiedenlagen zijn opgegeven (in het model via een voorwaardelijke vertakking per niveau). Het algoritme schrijft het gebiedsrapport en de gescoorde huishoudens alleen als er een uitvoer voor is opgegeven; het model schrijft ze altijd allebei (naar een tijdelijk bestand, tenzij u er een kiest), omdat een modelstap er niet van kan afhangen of een uitvoer gewenst is.</translation>
    </message>
    <message>
        <source>Internal error: %1 has no %2 parameter. Please report this.</source>
        <translation>Interne fout: %1 heeft geen parameter %2. Meld dit alstublieft.</translation>
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
