"""Rules for the two legal intents, insolvency_notice and cease_contact, in EN/FR/DE/ES (and IT/NL/PT/CA/AF/PL).

Either one stops all collection, so these rules favour recall: single keywords fire on
their own and weak cues stay above classify's (lower) presence threshold for legal labels.
Negated mentions ("we are not in administration") are dropped by the matcher.

Conventions (docs/labelling.md, and what the labelled sets agree on):
- insolvency_notice: any formal insolvency, restructuring or enforcement-stay procedure of
  the customer, in any jurisdiction, told by the customer, their lawyer or the office holder.
  A third party's insolvency ("one of our biggest customers went into administration") is
  not one: THIRD_PARTY below names such subjects and classify drops the matches they govern.
- cease_contact: someone asks that the customer no longer be contacted (at all, by some
  channel, or directly): stop calling / do not contact us / write only / in writing only /
  through our lawyer / cease collection against the debtor. An office holder who asks us to
  stop dunning the debtor, or to write to them *instead of* the debtor, gets both labels; an
  office holder who only says where to send claims or correspondence ("all correspondence
  to this office"), or only states the statutory stay, gets insolvency_notice alone.
- "Stop sending reminders, we already paid" is a paid claim, not a request to stop contact:
  the `stop_reminders` families give way to already_paid / remittance_advice (classify).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from inbox.intent_engine import CLAUSE_BREAKS, CLEAR, HINT, MEDIUM, STRONG, WEAK, Hit, Rule, RuleSet, Tokens, is_negation, rule
from inbox.intent_engine import with_blockers
from inbox.intent_text import strip_boilerplate

_IS = "{has|have|was|were|is|are|had|has been|have been|being|been|now|went|gone|going|will be|has now been}"
_INTO = "{in|into|under|entered|enter|entering|placed in|put into|put in|gone into}"
# "We are (now) an unsecured creditor in their Chapter 11 case": someone else is insolvent.
_WE_CREDITOR = ("we", "nous", "wir", "nosotros", "i")

INSOLVENCY: tuple[Rule, ...] = (
    # English: UK administration / receivership / liquidation, US chapters, IE, CA, AU.
    rule("insolvency_notice.en.insolvent", STRONG, "insolven*", "insolvab*", "bankrupt*", "insolvency practitioner*"),
    rule(
        "insolvency_notice.en.administration",
        STRONG,
        f"{_IS} {{placed|put|}} {{in|into|under}} administration",
        "{entered|enter|entering|into|placed in|under} administration",
        "( in administration",
        "administration {order|orders|proceedings|procedure|application}",
        "notice of {appointment|intention to appoint|intention} _3 administrator|administrators",
        "{joint|interim|provisional|voluntary|special} administrator|administrators",
        "administrator|administrators {has|have|were|was|had} {been}? {appointed|instructed}",
        "{administrator|administrators|liquidator|liquidators|receiver|receivers|trustee} appointed",
        "appointed {as|} {joint|} administrator|administrators",
        "administrator|administrators of {the company|the business|the group|ltd|limited}",
        "voluntary administration",
        "deed of company arrangement",
        "special administration",
    ),
    rule(
        "insolvency_notice.en.in_administration",
        WEAK,
        "{ltd|limited|plc|llp|company|business|group|inc|-|–|:|now|currently|still} in administration",
        "the administrators",
    ),
    rule(
        "insolvency_notice.en.agents",
        STRONG,
        "as agent|agents {of the company|of the companies|for the company|} {and|} without personal liability",
        "without personal liability",
    ),
    rule(
        "insolvency_notice.en.receivership",
        STRONG,
        "receivership",
        "{administrative|fixed charge|official|court appointed|joint|interim|lpa|law of property act} receiver|receivers",
        "receiver|receivers {has|have|were|was} {been}? appointed",
        "receiver and manager|managers",
    ),
    rule(
        "insolvency_notice.en.liquidation",
        CLEAR,
        "liquidator|liquidators|liquidatorin|liquidatoren",
        "{in|into|voluntary|provisional|official|compulsory} liquidat*",
        "winding up {order|petition|petitions|proceedings|resolution}",
        # Not "we're winding up the Teesside contract" (a job closed out): see _PROJECT_WORDS.
        "{wound|winding} up",
        "{resolution|resolved|resolve|petition|order|decided|decision|resolutions} to wind up",
        "wind up the {company|business|partnership|firm}",
        "{is|been|being|be|was|were|are} liquidated",
        "{creditors|creditor|members|member} {'s|'}? voluntary liquidation",
        "cvl|cva|mvl",
        "{company|individual|corporate} voluntary arrangement|arrangements",
        "voluntary arrangement",
        "debt relief order",
        "sequestrat*",
    ),
    rule(
        "insolvency_notice.en.us_chapter",
        STRONG,
        "chapter|chap. {7|11|13|15}",
        "{filed|file|filing} for {bankruptcy|chapter|protection|insolvency|administration|receivership|liquidation}",
        "{bankruptcy|creditor|court} protection",
        "automatic stay",
        "debtor|debtors {-}? in {-}? possession",
        "{bankruptcy|chapter 7|chapter 11} {trustee|court|estate|case|petition}",
        "trustee in bankruptcy",
        "{examinership|sequestration}",
        "examiner {has|was} {been}? appointed",
        "appointed {an|as}? {interim}? examiner {to|of|over}",
        "{voluntary|involuntary} petition {for relief|under|was filed|has been filed|filed}",
        "petition date",
        "{prepetition|postpetition|pre petition|post petition}",
        "notice of {commencement|chapter}",
        "bar date",
        "protection from {its|our|their|all}? creditors",
        "ccaa",
        "companies ' creditors arrangement act",
        "notice of intention to make a proposal",
        "{consumer|division i|division 1} proposal",
        "{licensed|licenced} {insolvency}? trustee",
        # US state-law alternative to bankruptcy (ABC): the assignee liquidates for the creditors.
        "{general}? assignment for the benefit of {its|their|all|the}? creditors",
        "assignee for the benefit of {its|their|all|the}? creditors",
    ),
    rule(
        "insolvency_notice.en.claims",
        CLEAR,
        "proof|proofs of {debt|claim|claims}",
        "{submit|lodge|file|send|register|make|prove} {your|a|any|all} {claim|claims|proof} _6 {administrator|administrators|liquidator|liquidators|trustee|receiver|receivers|claims agent|office holder|estate}",
        "{claims|claim} {should|must|can|may|will}? {be}? {submitted|lodged|filed|sent|directed|addressed|made|notified} {to|with} the {administrator|administrators|liquidator|liquidators|trustee|receiver|receivers|claims agent|office holder|holders}",
        "{statement of affairs|creditors meeting|creditors' meeting|meeting of creditors|creditors committee|creditors' committee|creditors' decision|decision procedure}",
        "{notice|letter|report} to {all|}? {known|}? creditors",
        "{to all|dear} {known|}? creditor|creditors",
        "{scheme of arrangement|part a1 moratorium|insolvency moratorium|statutory moratorium}",
        "claims agent",
    ),
    rule(
        # "We're now an unsecured creditor in their case": the customer is the creditor.
        "insolvency_notice.en.unsecured",
        CLEAR,
        "unsecured creditor|creditors",
        "{preferential|secured|unsecured} {claim|claims|creditors|creditor} {of|against} the {company|debtor|debtors|estate}",
        blockers=_WE_CREDITOR,
    ),
    rule(
        # "We stopped trading with that supplier" is no notice.
        "insolvency_notice.en.trading",
        MEDIUM,
        "{ceased|cease|stopped|ceasing|stop} trading {with}?",
        "{gone|went|go|going|has gone} bust",
        blockers=("with",),
    ),
    rule(
        # "Looks like NCF didn't make it through the moratorium", "the restructuring failed", "la
        # sauvegarde a échoué", "die Sanierung ist gescheitert": a rescue procedure that ended in a
        # worse one. Its own negation is the point: not negatable.
        "insolvency_notice.any.failed_rescue",
        STRONG,
        "{do not|did not|does not|failed to|could not|cannot|will not|never} {make it|get|come|pull} through {the|its|their|our}? {moratorium|restructuring|administration|examinership|reorganisation|reorganization|rescue|cva|scheme|chapter 11|proposal|sauvegarde}",
        "{do not|did not|failed to|could not|will not} survive {the|its|their|our}? {moratorium|restructuring|administration|examinership|reorganisation|reorganization|rescue|cva|scheme|chapter 11|proposal}",
        "{moratorium|restructuring|rescue|examinership|cva|reorganisation|reorganization|restructuring plan|rescue plan|chapter 11|proposal} {has|have|had}? {failed|collapsed|fallen through|been converted|converted|was converted|was terminated|has been terminated}",
        "{ne a pas|ne ont pas|n a pas} {survecu|tenu} {a}? {la|le|sa|leur} {sauvegarde|redressement|procedure|plan|conciliation}",
        "{sauvegarde|redressement|conciliation|plan de continuation|plan de redressement} {a|ont}? {echoue|ete converti|ete convertie|converti|convertie|resolu|ete resolu}",
        "{sanierung|restrukturierung|schutzschirmverfahren|eigenverwaltung|sanierungsplan|restrukturierungsplan|insolvenzplan} {ist|sind|war}? {gescheitert|fehlgeschlagen}",
        "{preconcurso|reestructuracion|plan de reestructuracion|convenio} {ha|han}? {fracasado|fallado|fracaso}",
        negatable=False,
    ),
    rule(
        "insolvency_notice.en.ceased_trading",
        MEDIUM,
        "{company|business} {has|was|is}? {been}? {dissolved|struck off}",
        "struck off the register",
        "{restructuring plan|moratorium}",
    ),
    # French (FR, BE, CH, QC): procédures collectives and their officers.
    rule(
        "insolvency_notice.fr.procedure",
        STRONG,
        "redressement|liquidation judiciaire",
        "{en|de|sous} redressement",
        "{procedure|plan|periode|jugement|ouverture} de sauvegarde",
        "sauvegarde {acceleree|financiere|ouverte}",
        "sous {procedure de}? sauvegarde",
        "{placee|place|placees|places|mise|mis} {sous|en} sauvegarde",
        "{procedure|procedures} collective|collectives",
        "{mandataire|administrateur|administratrice|mandataires|administrateurs} {judiciaire|judiciaires|de justice}",
        "{mandataire|mandat} ad hoc",
        "liquidateur|liquidatrice|liquidateurs",
        "{declaration|declarations|declarer|declarez|declare} {de|vos|votre|sa|la|les|des} creance|creances",
        "declarer _3 creance|creances {aupres|entre}",
        "cessation des paiements",
        "etat de cessation",
        "jugement de ouverture",
        "ouverture de une {procedure|liquidation|sauvegarde|conciliation}",
        # (and "la société faillie", "les faillis", the Swiss "Office des faillites"; not the plural
        # alone, the word of the news: "les faillites reculent de 4 %")
        "{faillite|failli|faillie|faillis|faillies}",
        "{office|offices|prepose|preposee} {des|aux} {poursuites et}? faillites",
        "reorganisation judiciaire",
        "{depot|deposer|depose|deposons|deposé} {de|le} bilan",
        "plan de {continuation|redressement|cession}",
        "procedure de conciliation",
        "{publication|publie|publiee|parution|publiees|publies} {au|dans le|a le} bodacc",
        "juge commissaire",
        "commissaire a le execution du plan",
        "representant des creanciers",
        "periode de observation",
        "{poursuite|poursuites} {individuelle|individuelles}",
        "{commission|dossier|procedure|plan} de surendettement",
        "retablissement personnel",
        "reglement judiciaire",
        "{syndic|syndics} {autorise|autorises|de faillite|en insolvabilite}",
        "{avis de}? intention de faire une proposition",
        "proposition concordataire",
        "concordat judiciaire",
        "sursis {de}? {concordataire|provisoire}",
        # Canada: "sous la protection de la LFI / de la LACC"
        "{protection|en vertu} de la {lfi|lacc}",
        "loi sur la faillite {et le insolvabilite}?",
        "loi sur les arrangements avec les creanciers",
    ),
    rule(
        "insolvency_notice.fr.jugement",
        CLEAR,
        "{anterieure|anterieures|anterieur|anterieurs} au jugement",
        "date du jugement {de|d}? {ouverture}?",
        "{creance|creances} {anterieure|anterieures|anterieur|posterieure|posterieures}",
        "{plus|pas} {autorise|autorises|autorisee|autorisees|habilite|habilites|habilitee} a {regler|payer|honorer|proceder}",
        "pre {appointment|administration|insolvency|liquidation} {debts|debt|invoices|liabilities|claims}",
        "no longer {permitted|allowed|authorised|authorized} to {pay|settle|make payments}",
        "toute procedure de recouvrement _4 suspendue",
        # The stay told by the office holder: "toute poursuite est suspendue (art. 206 LP)".
        "{toute|toutes|les} {poursuite|poursuites} {individuelle|individuelles}? {est|sont} {desormais|donc}? {suspendue|suspendues|interdite|interdites}",
        negatable=False,
    ),
    rule(
        # Not "la liquidation de cette facture" (its settlement).
        "insolvency_notice.any.liquidation",
        CLEAR,
        "liquidation|liquidations {de|of|du}? {cette|la|le|votre|vos|notre|nos|ces|this|the|your|our|these|its|their}? {facture|factures|solde|dette|compte|invoice|invoices|balance|account|montant|shares|share|stock|stocks|inventory|position|positions|portfolio|sale|sales|price|prices|clearance|auction}?",
        blockers=("facture", "factures", "solde", "dette", "compte", "invoice", "invoices", "balance", "account", "montant",
                  "shares", "share", "stock", "stocks", "inventory", "position", "positions", "portfolio",
                  "sale", "sales", "price", "prices", "clearance", "auction"),
    ),
    rule("insolvency_notice.fr.liquidation", CLEAR, "{en|de} liquidation", "liquidation amiable", "curateur", "aux creanciers"),
    # German / Austrian / Swiss.
    rule(
        "insolvency_notice.de.insolvenz",
        STRONG,
        "*insolvenz*",
        "zahlungsunfahig*",
        "*konkurs*",
        "schutzschirm*",
        "eigenverwaltung",
        "sanierungsverfahren",
        "sachwalter*",
        "glaubigerversammlung|glaubigerausschuss|forderungsanmeldung|insolvenztabelle",
        "{an alle|die|sehr geehrte} glaubiger",
        "forderung* _4 {anmelden|anzumelden|angemeldet}",
        "eroffnungsbeschluss",
        "zustimmungsvorbehalt",
        "{vorlaufige|vorlaufigen|vorlaufiger} {verwaltung|verwalter|verwalterin}",
        "{zur}? tabelle {anmelden|anzumelden|angemeldet}",
        "restschuldbefreiung",
        "{nachlassstundung|nachlassverfahren|nachlassvertrag|nachlassrichter}",
        "{ausgleichsverfahren|gesamtvollstreckung*|vollstreckungsverbot|masseverbindlichkeit*|masseglaubiger*}",
        "verfugungen {der schuldnerin|des schuldners}",
    ),
    rule(
        "insolvency_notice.de.liquidation",
        MEDIUM,
        "uberschuld*",
        "i. l.",
        "i.l.",
        "{gmbh|ag|kg|ug} i.",
        "{gmbh|ag|kg|ug|se|ohg|gesellschaft|firma} in {liquidation|abwicklung}",
        "restrukturierungs*",
        "starug",
        "{geschaftsbetrieb|betrieb} _3 eingestellt",
        "zahlungseinstellung",
        # ceased trading, the Austrian and German way: the trade licence handed back or
        # deregistered ("das Gewerbe zurückgelegt", "Gewerbe abgemeldet")
        "{gewerbe|gewerbeberechtigung|konzession} _5 {zuruckgelegt|zurucklegen|zurucklege|abgemeldet|abmelden|abmelde|ruhend gemeldet}",
    ),
    # Spanish.
    rule(
        "insolvency_notice.es.concurso",
        STRONG,
        "concurso {de acreedores|voluntario|necesario|consecutivo|ordinario|abreviado}",
        "{en|de|declarado|declarada|solicitud de|declaracion de} concurso",
        "*concursal*",
        "{proceso|procedimiento|acuerdo|solicitud|admitida a un proceso|admitido a un proceso} de reorganizacion {empresarial|judicial}?",
        "concurso mercantil",
        "concursad*",
        "{preconcurso|pre concurso}",
        "suspension de pagos",
        "{comunicacion|comunicar|comuniquen|comunique} {de|sus|los|su} creditos",
        "juzgado de lo mercantil",
        "quiebra",
        "{masa activa|masa pasiva}",
        "exoneracion del pasivo insatisfecho",
        "ley de segunda oportunidad",
        "{convenio|junta} de acreedores",
        "quita y espera",
        "{articulo|art.|art} {5 bis|583}",
        "apertura de negociaciones con {los|sus}? acreedores",
        "{paralizacion|suspension|prohibicion} de {las}? ejecuciones",
    ),
    rule(
        "insolvency_notice.es.liquidacion",
        CLEAR,
        "{en|fase de|proceso de} liquidacion",
        "liquidacion concursal",
        "disolucion y liquidacion",
        "{a los|todos los} acreedores",
        "plan de reestructuracion",
    ),
)

# Who an insolvency phrase is about when it is someone else: "one of our biggest customers
# (went into administration)", "un de nos principaux clients", "einer unserer Kunden",
# "uno de nuestros clientes", rumours. classify drops a hedged insolvency match that follows
# one of these in the same sentence. "Our client" alone is not here: lawyers use it for the
# customer they act for ("our client has entered administration").
_BIG_EN = "{biggest|largest|bigger|larger|main|major|key|big|large|important|principal|top|best|oldest|long standing|longstanding}"
# Whoever owes the writer money besides customers: tenants, members, charterers, berth holders.
_OWER_EN = "{customers|clients|suppliers|debtors|distributors|buyers|tenants|members|charterers|lessees|licensees|dealers|resellers|franchisees|contractors|builders|developers|operators|holders|accounts|sponsors|funders|donors|partners}"
# Whoever funds the writer (an event, a club, a charity): their insolvency is a hole in the
# writer's cash, not the writer's own ("our main sponsor went bankrupt", "notre sponsor principal
# a été déclaré en faillite", "unser Hauptsponsor ist insolvent", "nuestro patrocinador quebró").
_SPONSOR_EN = "{sponsor|sponsors|title sponsor|headline sponsor|funder|funders|donor|donors|patron}"
THIRD_PARTY: tuple[Rule, ...] = (
    rule(
        "third_party.en.customer",
        STRONG,
        f"{{one|several|two|three|some|many|a few|a couple|a number|each|any}} of {{our|my}} {_BIG_EN}? {_OWER_EN}",
        # "one of the main contractors we supply": someone else than the writer
        f"{{one|several|two|three|some|many|a few|a couple|a number}} of the {_BIG_EN}? {_OWER_EN}",
        # "one of our bigger berth holders", "two of our account holders"
f"{{one|several|two|three|some|many|a few|a couple|a number|each|any}} of {{our|my}} {_BIG_EN}? _2 {{holders|members|tenants|charterers|lessees|licensees|dealers|operators}}",
        f"{{our|my|a|an}} {_BIG_EN}? {{customer|customers|debtor|debtors|buyer}}",
        f"{{our|my|a|an}} {_BIG_EN} {{client|clients|supplier|suppliers|distributor|distributors|tenant|tenants}}",
        "{rumour|rumours|rumor|rumors}",
        # The writer's own supplier ("our supplier went into administration").
        "{our|my} {supplier|suppliers|vendor|vendors}",
        # "our biggest corporate account filed Chapter 7": not "our account is with the administrators".
        f"{{our|my|a|an}} {{{_BIG_EN[1:-1]}|corporate|wholesale}} {{corporate|wholesale}}? {{account|accounts}}",
        f"{{our|my|a|an}} {_BIG_EN}? {_SPONSOR_EN}",
        f"the {_BIG_EN} {_SPONSOR_EN}",
        "{we are|we were|we have been} {now}? {a|an}? {unsecured|secured|preferential}? creditor",
        # Whom the writer works for or rents from, in the trades: "our operator filed Chapter 11",
        # "the main contractor went into administration", "our landlord's receiver".
        f"{{our|my|the|a|an}} {_BIG_EN}? {{operator|operators|pipeline operator|well operator|general contractor|main "
        "contractor|prime contractor|head contractor|gc|end client|end customer|building owner|property developer|"
        "developer|landlord|landlords|freeholder|franchisor}",
        # "the owner of our franchised Savannah property filed Chapter 11": the franchisee, not us
        "the {owner|owners|franchisee|franchisees|operator|landlord} of {our|one of our} {franchised|leased|managed}? _3 "
        "{property|properties|hotel|hotels|site|sites|premises|building|location|locations|restaurant|restaurants|store|stores}",
        "{our|my|the|a|an} {shipowner|ship owner|shipping line|ocean carrier|carrier|vessel owner|haulier|forwarder|freight forwarder}",
        "{a|an|the} {namesake|company with a similar name|similarly named company|company with the same name}",
        negatable=False,
    ),
    rule(
        "third_party.fr.client",
        STRONG,
        "{un|une|le un|la une|plusieurs|deux|trois|certains|certaines} de nos {principaux|plus gros|plus grands|plus importants|gros|grands|importants}? {clients|clientes|fournisseurs|debiteurs|distributeurs|locataires|acheteurs|acheteuses|donneurs de ordre|adherents|revendeurs|armateurs|affreteurs}",
        "{notre|un|une} {principal|principale|plus gros|plus grand|plus grande|plus important|plus importante|gros|grand|important|importante|premier} {client|cliente|fournisseur|debiteur|acheteur|donneur de ordre|locataire|partenaire}",
        # whom the writer rents to, or works with: "notre locataire du 204 a fait faillite",
        # "un de nos partenaires" (a lawyer's client is "notre cliente", never "notre locataire")
        "{notre|nos} {locataire|locataires|sous locataire|sous locataires}",
        "{un|une|plusieurs|deux|trois|certains} de nos {principaux|plus gros|plus grands|plus importants|gros|grands}? partenaires",
        "{un|une} {client|cliente|debiteur|debitrice}",
        "{notre|nos|un|un de nos} {fournisseur|fournisseurs}",
        "{notre|nos|un|une|le|la|un de nos|une de nos} {principal|principaux|grand|gros}? {sponsor|sponsors|mecene|mecenes|partenaire financier|partenaires financiers|financeur|financeurs|donateur|donateurs|commanditaire|commanditaires} {principal|principaux|officiel|officiels|historique|majeur}?",
        "{rumeur|rumeurs|bruits}",
        # the adjective after the noun: "notre client principal", "notre donneur d'ordre historique"
        "{notre|un|une|le|la} {client|cliente|donneur de ordre|debiteur|acheteur} {principal|principale|historique|majeur|"
        "majeure|le plus important}",
        # whom the writer builds or works for, or rents from
        "{le|notre|un|du|au} {maitre de ouvrage|maitre de louvrage|promoteur|entreprise generale|bailleur|proprietaire des murs|"
        "donneur de ordre|franchiseur}",
        # the carrier or shipowner in a transport chain: "l'armateur X a été placé en liquidation"
        "{le|l|notre|un|du|au|de l} {armateur|transporteur|affreteur|transitaire|compagnie maritime}",
        # someone mistaken for the writer: "un homonyme lyonnais a été placé en liquidation"
        "{un|une|le|la|notre} homonyme",
        negatable=False,
    ),
    rule(
        "third_party.de.kunde",
        STRONG,
        "{einer|eine|einem|einen|mehrere|zwei|drei|einige} {unserer|meiner} {grossten|wichtigsten|grosseren|besten|altesten}? {kunden|abnehmer|lieferanten|auftraggeber|schuldner|mandanten|klienten}",
        "{unser|unsere|unseren|unserem|ein|eine|einen|einem|mein|meine} {grosster|grossten|wichtigster|wichtigsten|grosser|grossen|wichtiger|wichtigen|langjahriger|langjahrigen}? {kunde|kundin|kunden|abnehmer|auftraggeber|hauptkunde|hauptkunden|grosskunde|grosskunden}",
        "{geruchte|geruecht|geruchten|geruch}",
        "{unser|unsere|unseren|unserem|ein|einer|einem} {lieferant|lieferanten}",
        "{unser|unsere|unseren|unserem|ein|einer|einem|der|des|dem} {grosster|wichtigster|grossten|wichtigsten}? {sponsor|sponsoren|hauptsponsor|hauptsponsors|geldgeber|geldgebers|forderer|forderers}",
        "{unser|unsere|unseren|unserem|ein|einer|einem|der|des|dem} {bauherr|bauherrn|bauherren|bautrager|bautragers|"
        "generalunternehmer|generalunternehmers|hauptauftraggeber|hauptauftraggebers|vermieter|vermieters|franchisegeber}",
        "{unser|unsere|unseren|unserem|die|der|den|dem|eine|einer} {reederei|reeder|spedition|spediteur|frachtfuhrer|transporteur}",
        "{ein|eine|einer|einem} {namensvetter|gleichnamige|gleichnamigen|namensgleiche|namensgleichen}",
        negatable=False,
    ),
    rule(
        "third_party.es.cliente",
        STRONG,
        "{uno|una|varios|varias|dos|tres|algunos|algunas} de nuestros|nuestras {principales|mayores|grandes|mejores}? {clientes|proveedores|deudores|distribuidores|compradores|arrendatarios|inquilinos|promotores|promotoras|armadores|fletadores}",
        "{nuestro|nuestra|un|una} {principal|mayor|gran|importante|primer} {cliente|proveedor|deudor}",
        "{un|una} {cliente|deudor|deudora}",
        "{nuestro|nuestros|un} {proveedor|proveedores}",
        "{nuestro|nuestra|nuestros|un|una|el|la} {principal|mayor|gran}? {patrocinador|patrocinadora|patrocinadores|sponsor|mecenas|financiador|financiadores|donante|donantes}",
        "{rumor|rumores}",
        "{nuestro|nuestra|el|la|un|una} {promotor|promotora|constructora principal|contratista principal|operador|operadora|"
        "arrendador|casero|franquiciador}",
        "{nuestro|nuestra|el|la|un|una} {naviera|armador|transportista|fletador|transitario}",
        "{un|una|el|la} {homonimo|homonima|empresa homonima}",
        negatable=False,
    ),
)

_OBJ = (
    "{us|me|our company|our office|my office|our staff|my staff|our client|my client|our clients|this company|"
    "our team|my team|our employees|my employees|our people|our colleagues|our personnel|our directors|"
    "our office staff|our shop|our store|the shop|the store|our premises|"
    "my family|my wife|my husband|my home|my mobile|my cell|my phone|this number|"
    "the debtor|the debtors|our members|anyone here|anyone at|any of our|any of my|the company 's|the debtor 's|"
    "the company|the business}"
)
_CONTACT_VERB_EN = (
    "{contact|call|phone|telephone|email|text|ring|write to|message|approach|visit|pursue|harass|"
    "contact or call|call or email|email or call|call or write to}"
)
# "If this is not resolved we may have to involve our lawyers" threatens; it asks nothing.
_HYPOTHETICAL = (
    "if", "unless", "may", "might", "could", "would", "otherwise", "consider", "considering", "perhaps",
    "si", "pourrait", "pourrions", "pourraient", "sinon", "eventuellement", "envisager", "envisageons",
    "falls", "wenn", "sonst", "andernfalls", "konnten", "musste", "mussten", "gegebenenfalls", "eventuell",
    "podriamos", "podria", "tendriamos", "caso", "eventualmente",
)
_LAWYER = (
    "{solicitor*|lawyer*|attorney*|counsel|legal counsel|general counsel|outside counsel|external counsel|"
    "legal representative|legal representatives|legal department|legal team|legal advis*|law firm|barrister*|"
    "legal dept}"
)
# Where the writer asks correspondence to go: a lawyer ("direct all correspondence to this
# office") or an office holder ("... to the undersigned"). The labelled sets read the latter as
# an insolvency notice only, so classify drops the `office_routing` family next to one.
_THIS_OFFICE = "{this office|this firm|our firm|my office|this law firm|the undersigned|the writer|this chambers}"

CEASE_CONTACT: tuple[Rule, ...] = (
    rule(
        "cease_contact.en.stop",
        STRONG,
        f"{{stop|quit}} {{contacting|calling|emailing|phoning|ringing|texting|harassing|messaging|harrassing|telephoning|visiting|pursuing|bombarding}} {_OBJ}?",
        f"stop writing to {_OBJ}",
        f"cease {{contacting|communicating|calling|emailing|writing|phoning|telephoning|texting|visiting}} {_OBJ}?",
        "cease {all|any}? {further|future}? {electronic|email|e-mail|telephone|phone|direct|written|personal}? {contact|communication|communications|correspondence|calls|collection activity|collection activities|collection efforts|collection|collections|collection action|collection actions|attempts to collect|efforts to collect}",
        "{stop|halt|suspend|discontinue|end|cease} {all|any}? {further}? {collection|collections|debt collection|dunning|recovery|enforcement} {activity|activities|action|actions|efforts|calls|letters|attempts|proceedings|measures}",
        "cease and desist",
        "desist from",
        f"leave {_OBJ} alone",
        f"{{withdraw|revoke|withdrawing|revoking}} {{my|our|all|any}}? consent {{to be|for you to|to}}? {{contact*|call*|email*}}?",
        "{refrain|abstain|desist} from {any|all|further|future}? {further}? {direct|personal|telephone|phone}? {contacting|calling|emailing|phoning|telephoning|ringing|texting|writing|visiting|chasing|pursuing|sending|contact|communication|communications|correspondence|calls|collection|collecting|harassing|approaching}",
    ),
    rule(
        "cease_contact.en.do_not",
        STRONG,
        f"do not {_CONTACT_VERB_EN} {_OBJ} {{again|anymore|any more|further|directly|ever|at all}}?",
        # ("no longer" alone is the writer's own habit as often: "we no longer call our client"; see
        # leave_person below)
        f"{{do not|never|not to|must not|may not|should not|shall not|are not to|is not to}} {_CONTACT_VERB_EN} {_OBJ}",
        f"{{do not|never|not to|must not|are not to|no longer}} {_CONTACT_VERB_EN} {{or|and|nor}} {_CONTACT_VERB_EN}",
        f"{{do not|must not|are not to}} {{contact|call|telephone|phone|ring|approach}} {{the|any}}? _3 {{directly|again}}",
        f"never {_CONTACT_VERB_EN} {_OBJ} again",
        # Not "we had no further letters from you": the request, not a report.
        "{want|wish|request|ask for|demand|require|expect} no {further|more} {contact|communication|communications|correspondence|calls|phone calls|telephone calls|emails|letters|visits}",
        "no further {contact|communication|communications|correspondence|calls|phone calls|telephone calls|emails|letters|visits} {please|pls|thank you|thanks|!|with|to this|to our|to my|to the}",
        "no more {contact|communication|communications|correspondence|calls|phone calls|telephone calls|visits}",
        "there {must|should|will|shall} be no {further|more} {contact|communication|communications|correspondence|calls|phone calls|emails|letters|visits}",
        "no {phone|telephone}? calls please",
        "{do not|don't} want {to hear from you|to be contacted|to be called|any further contact|any more calls|any more emails|any contact|any calls}",
        "{no longer|never again|do not|not} {want|wish} {to receive|to get|to have|to take}? {any}? {more|further} {contact|calls|phone calls|emails|letters|messages|texts|visits|correspondence}",
        "{no longer|never again|do not|not} {want|wish} {to receive|to get|to have|to take}? {any}? {contact|calls|phone calls|emails|letters|messages|texts|visits|correspondence} from {you|your}",
        "{no longer|never again|do not|not} {want|wish} {you|your staff|your colleagues|anyone}? to {contact|call|phone|telephone|email|ring|visit|write to|chase} {us|me|our|my}",
        "{not|no longer} accept {any}? {further|more}? {calls|phone calls|contact|visits|emails from you}",
        "{calls|phone calls|telephone calls|visits|contact|emails} _4 {are|is} {not acceptable|unacceptable|not welcome|not appropriate}",
        "{any}? {further|future} {contact|calls|emails|communication|communications|correspondence|attempts|visits} _6 {treated|considered|regarded|reported|harassment}",
        "{will|shall} be {treated|considered|regarded|reported} as harassment",
        "{no longer|do not|not} wish to {be contacted|be called|be chased|be telephoned|receive any|hear from you}",
        f"{{not|no longer}} {{permitted|authorised|authorized|allowed|entitled}} to {_CONTACT_VERB_EN} {_OBJ}?",
        "{do not|no longer} consent to {any|further|being|you|your}? {contact|contacting|calls|calling|being contacted|being called|communication|communications}",
        f"{{and|but}} not {{to|with}} {{the|our|my}} {{former}}? {{debtor|debtors|client|clients|directors}} {{'|'s}}? {{employees|staff|personnel|directly}}?",
        # an office holder: "we would ask that you do not contact the directors or former staff"
        "{do not|not to|must not|should not|are not to|ask that you not|refrain from} {contact|contacting|approach|approaching|chase|chasing|pursue|pursuing|call|calling} the {company's|company|debtor's}? {former}? {directors|director|officers|management|staff|employees} _4 {about|regarding|concerning|in relation to|in respect of|for} {the|its|any}? {company|debtor}? {'s|'}? {debts|debt|liabilities|claims|creditor claims|affairs|invoices}",
        "{not|no longer} by {phone|telephone}",
        negatable=False,
    ),
    rule(
        # Communicate in writing / by post only (FDCPA-style channel restriction).
        "cease_contact.en.writing",
        STRONG,
        "{in writing|in written form} only",
        "{only|solely|exclusively} {in writing|in written form}",
        "{contact|correspond|communicate|write|reach|deal|communication|communications|correspondence} {with us|with me|us|me}? {only|solely|exclusively} by {post|letter|mail|registered post|registered mail|certified mail|certified post|recorded delivery|registered letter}",
        "{contact|correspond|communicate|write|reach|deal|communication|communications|correspondence} {with us|with me|us|me}? by {post|letter|mail|registered post|registered mail|certified mail|certified post|recorded delivery|registered letter} only",
        "{communications|communication|correspondence|contact|contacts|enquiries|inquiries|queries|anything|everything|matters} _6 {must|should|shall|is to|are to|needs to|need to} {now|henceforth|only|from now on|hereafter|therefore}? {be}? {made|sent|conducted|put|directed|addressed|submitted|done|handled}? {only|exclusively|solely}? in writing",
        "{all|any} {further|future} {communications|communication|correspondence|contact|contacts|enquiries|inquiries|queries} _6 {must|should|shall|is to|are to|needs to|need to} {now|henceforth|only|from now on|hereafter|therefore}? {be}? {made|sent|conducted|directed|addressed|submitted|done|handled}? {only|exclusively|solely}? {by post|by letter|by registered post|by recorded delivery|by registered mail}",
        "{anything|everything|any|all} {further|else|future|more} {to us|to me}? in writing",
        "put {all|any|everything|anything} {further|future|else}? {correspondence|communication|communications|contact|requests|queries|enquiries|demands}? in writing",
        "only {contact|write to|communicate with|correspond with|reach} {us|me} {in writing|by post|by letter|by mail}",
        "only write to {us|me}",
        "{deal|communicate|correspond|liaise} {with us|with me|with this|with it|on this|about this|with you}? {only|exclusively|solely}? {in writing|by post|by letter}",
        "only {deal|communicate|correspond|liaise} with you {in writing|by post|by letter}",
        "{written|postal} {communication|communications|correspondence|contact} only",
    ),
    rule(
        "cease_contact.en.lawyer",
        STRONG,
        f"{{direct|address|send|forward|refer|route|redirect|channel|put}} {{all|any}}? {{further|future}}? {{correspondence|communication|communications|enquiries|inquiries|contact|queries|emails|letters|questions|matters}} _5 {_LAWYER}",
        f"{{all|any}} {{further|future}}? {{correspondence|communication|communications|contact|enquiries|inquiries}} _5 {{through|via|to|with}} _3 {_LAWYER}",
        f"{{all|any}} {{further|future}}? {{correspondence|communication|communications|contact|enquiries|inquiries|queries}} _8 {{must|should|shall|will|is to|are to|needs to|need to|to}} {{now|henceforth|only|from now on|hereafter}}? {{be}}? {{directed|addressed|sent|made|routed|forwarded|referred|go|come|handled}} {{only|exclusively|solely}}? {{to|through|via|with|by}} _3 {_LAWYER}",
        f"{{contact|speak to|deal with|liaise with|correspond with|go through|via|through}} {{our|my}} {_LAWYER}",
        "{refer|direct|address|send|forward|route|redirect} {all|any} {further|future} {communication|communications|correspondence|contact} _2 {our|my} {representative|representatives|agent|agents}",
        "{contact|write to|communicate with|correspond with|deal with|deal} {only|exclusively|solely} {with}? the undersigned",
        "{only|exclusively|solely} {to|with|through|via} the undersigned",
        f"represented by {{counsel|a solicitor|an attorney|a lawyer|solicitors|lawyers|attorneys|legal counsel|our solicitors|our lawyers|our attorneys}}",
        "{this office|this firm|our firm|my firm|the undersigned|our office|this law firm} {now}? {represents|represent|acts for|act for|has been retained|has been instructed|is counsel}",
        "{we|i} {are counsel to|am counsel to|are instructed by|am instructed by|have been instructed by|have been retained by|are retained by|have been instructed to act}",
        "{rather than|instead of} {with|contacting|calling|writing to|to}? {our|my|the} {client|clients|debtor|debtors}",
        "{rather than|instead of} {contacting|calling|writing to|chasing} the {company|business}",
        "{advised|note|notified|informed|aware} that {we|this firm|this office|i|our firm} {represent|represents}",
        "{we are|i am} {the}? {attorneys|attorney|solicitors|solicitor|lawyers|lawyer|counsel|legal counsel|legal representatives|legal representative} {for|to|of|acting for}",
    ),
    rule(
        "cease_contact.en.office_routing",
        STRONG,
        f"{{direct|address|send|forward|refer|route|redirect|channel}} {{all|any}}? {{further|future}}? {{correspondence|communication|communications|enquiries|inquiries|contact|queries|letters|questions|matters}} _6 {_THIS_OFFICE}",
        f"{{all|any}} {{further|future}}? {{correspondence|communication|communications|contact|enquiries|inquiries|queries}} _8 {{must|should|shall|will|is to|are to|needs to|need to|to}} {{now|henceforth|only|from now on|hereafter}}? {{be}}? {{directed|addressed|sent|made|routed|forwarded|referred|go|come|handled}} {{only|exclusively|solely}}? {{to|through|via|with|by}} {_THIS_OFFICE}",
        f"{{communications|correspondence|contact}} {{should|must|shall}} {{come|go}} {{to|through}} {{us|this office|this firm|the undersigned}}",
        f"{{all|any}} {{further|future}}? {{communication|communications|correspondence|contact|enquiries|inquiries}} _6 {{go|be|come|made|directed}} {{only|exclusively|solely}}? {{through|via|to}} {{our office|{_THIS_OFFICE[1:-1]}}}",
        f"{{must|should|shall|is to|are to|to}} be {{only|exclusively|solely}}? {{through|via}} {_THIS_OFFICE}",
        f"{{communicate|correspond|deal}} {{only|exclusively|solely}} with {_THIS_OFFICE}",
        f"{{communicate|correspond|deal}} with {_THIS_OFFICE} {{only|exclusively|solely}}",
    ),
    rule(
        "cease_contact.en.lawyer_mention",
        WEAK,
        f"{{our|my}} {_LAWYER} {{will|shall|are going to|is going to|'ll|are now|is now|now}} {{be in touch|contact you|be contacting you|write to you|be writing|deal with|handle|take over|take this|take it|respond|reply|get in touch|follow up|pursue|be dealing|be handling}}",
        f"{{our|my}} {_LAWYER} {{is|are|has|have}} {{now}}? {{dealing with|handling|taken over|in charge of|taking over|looking after}} {{this|the matter|the account|it|all|everything|the file}}",
        f"{{now|lies|rests}} with {{our|my}} {_LAWYER}",
        f"in the hands of {{our|my}} {_LAWYER}",
        f"{{over|across}} to {{our|my}} {_LAWYER}",
        f"{{handled|dealt with|managed|taken over|being handled|being dealt with}} by {{our|my}} {_LAWYER}",
        f"{{our|my}} {_LAWYER} {{has|have}}? {{asked|requested|instructed|insisted|demanded}} that",
        "{communication|communications|correspondence|contact|enquiries|inquiries} _4 {through|via} {their|his|her} {office|firm|chambers}",
        f"{{take|taking|raise|raising|take it|take this|take that}} up with {{our|my}} {_LAWYER}",
        "legal representation",
        "harass*",
        "fdcpa",
        "{stop|cease} {bothering|pestering|hounding|spamming} {us|me}?",
        "right to object",
        "{handed|passed|referred|forwarded|transferred|turned|given} _5 {our|my} {solicitor*|lawyer*|attorney*|counsel|legal*}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # "Our lawyer has reviewed the contract", "see our solicitors' letter": only adds to other cues.
        "cease_contact.any.lawyer_hint",
        HINT,
        f"{{our|my}} {_LAWYER}",
        "{notre|mon|nos|mes} {avocat|avocate|avocats|conseil juridique|service juridique}",
        "{unser*|mein*} {anwalt|rechtsanwalt|anwaltin|rechtsanwaltin|rechtsbeistand|anwaltskanzlei|rechtsanwalte|anwalte}",
        "{nuestro|nuestra|nuestros|mi|mis} {abogado|abogada|abogados|letrado|letrada|asesor legal|representante legal|asesoria juridica}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # Only about our reminders: yields to a paid claim ("stop chasing, we paid last week").
        "cease_contact.any.stop_reminders",
        MEDIUM,
        f"stop sending {_OBJ}? {{these|your|any|further|more|the|all}}? {{payment|dunning|collection|overdue|automated|automatic}}? {{reminders|emails|letters|notices|messages|mails|demands|chasers|calls}}",
        "{stop|cease} {chasing|dunning} {us|me}?",
        "{arretez|arreter|cessez|cesser|stoppez|stopper} {immediatement|donc|svp|tout de suite|desormais}? de {nous|me}? relancer",
        "{arretez|stop} {les|vos|ces} relances",
        "{dejen|deje|paren|pare|cesen|cese|dejad} de {enviar|enviarnos|enviarme|mandar|mandarnos|mandarme} {recordatorios|reclamaciones|avisos|requerimientos}",
        "{suspendan|suspenda|detengan|detenga|cesen|paren} {el}? envio de {los}? {recordatorios|reclamaciones|requerimientos|avisos}",
        "{suspendre|suspendez|interrompre|interrompez|suspendiez} {toute|toutes|vos|les|ces}? {relance|relances|poursuite|poursuites|rappels}",
        "{keine|keinerlei} {weitere|weiteren} {mahnungen|zahlungserinnerungen|erinnerungen}",
        "keine {mahnungen|zahlungserinnerungen|erinnerungen} mehr",
        "{horen|hort} sie {bitte|endlich|sofort}? auf _4 {mahnungen|zahlungserinnerungen|erinnerungen|mahnschreiben} _2 {zu schicken|zu senden|zu verschicken|zu schreiben}",
        "{stellen|stellt} sie _3 {mahnungen|zahlungserinnerungen|erinnerungen|mahnschreiben} _3 ein",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.any.stop_sending",
        MEDIUM,
        "{remove|delete|erase|take} {this|my|our} {address|email|email address|number|phone number|details|name|data|contact details} {from|off} {your|the|all} _2 {system|systems|list|lists|database|databases|records|files}",
        "{adresse|e mail adresse|email adresse|emailadresse|daten|kontaktdaten|nummer|telefonnummer} _4 {aus|von} {ihrem|ihrer|dem|der|ihren|allen} {verteiler|verteilern|system|systemen|datenbank|liste|kartei|adressliste} _2 {loschen|entfernen|streichen|austragen|zu loschen|zu entfernen|zu streichen|auszutragen}",
        "{supprimer|supprimez|retirer|retirez|effacer|effacez} {mon|ma|notre|mes|nos|cette} {adresse|adresse email|adresse mail|numero|coordonnees|donnees} _2 {de|des} {votre|vos} {fichier|fichiers|base|bases|liste|listes|systeme}",
        "{eliminen|borren|supriman|quiten|eliminar|borrar|suprimir} {mi|nuestra|esta|mis|nuestros} {direccion|correo|email|numero|datos|telefono} _2 de {su|sus|vuestra|vuestras} {base|bases|lista|listas|sistema|fichero|ficheros}",
    ),
    rule(
        # "Take me off your newsletter list", "désabonnez-moi de la newsletter", "bitte aus dem
        # Newsletter austragen": leaving a marketing list, not the collection. It only says what
        # the unsubscribe means: cease_contact_yields drops it with the bare unsubscribe words.
        "cease_contact.any.marketing_optout",
        MEDIUM,
        "{remove|take|delete|unsubscribe|drop|opt} {me|us|my email|my address|our email|our address|my name|our name|out|this address|this email|this email address|this inbox|this mailbox}? {off|from|of} {your|the|all|this|these}? _2 {newsletter|newsletters|promotional|marketing|promotions|mailshots|mailshot|advertising|offers}",
        # Round 16 (dev100/038, dev103/044): a mailing list left, its name in quotes or not ("take me
        # off the \"Garden Weekly\" mailing list", "remove me from your mailing list").
        "{remove|take|delete|unsubscribe|drop} {me|us|my email|my address|our email|our address|my name|our name|this address|this email} {off|from} {your|the|this}? _6 {mailing list|mailing lists|mailing|newsletter list|email list|e mail list|emailing list}",
        "{unsubscribe|opt out} {link|button} _6 {newsletter|mailing|mailing list}",
        "{newsletter|newsletters|promotional|marketing|promotions|advertising} _3 {unsubscribe|opt out}",
        "{stop|quit} sending {me|us}? {your|the|these|any}? {newsletter|newsletters|promotional|marketing|promotions|mailshots|advertising|offers}",
        "{retirer|retirez|supprimer|supprimez|desinscrire|desinscrivez|desabonner|desabonnez} {moi|nous|mon adresse|notre adresse}? _2 {newsletter|newsletters|lettre de information|offres promotionnelles|offres commerciales|prospection commerciale|mailing}",
        "{newsletter|werbung|werbemails|werbe mails|werbe emails|werbesendungen} _3 {abbestellen|abmelden|austragen|entfernen|streichen|loschen}",
        "{austragen|abmelden|entfernen|streichen} _4 {newsletter|werbeverteiler}",
        "{dar|darme|darnos|den|denme|dennos|deme} de baja _4 {boletin|newsletter|publicidad|promociones|ofertas}",
    ),
    rule(
        # Not the bare word in a list footer: "To subscribe or unsubscribe via the web, visit ...".
        "cease_contact.en.unsubscribe",
        CLEAR,
        "unsubscribe {via|visit|at|by|using|send|go|write|:|here|link}?",
        "opt out|opt me out|opting out",
        blockers=("via", "visit", "at", "by", "using", "send", "sent", "go", "write", ":", "here", "link", "list", "if", "may"),
    ),
    rule(
        "cease_contact.en.remove_from_list",
        CLEAR,
        f"{{remove|take|delete}} {{me|us|my email|my address|our email|our address|my details|our details|my name|our name|my number|our number}} {{off|from}} {{your|the|all}} _2 {{list|lists|database|system|records}}",
        blockers=("if",),
    ),
    rule(
        "cease_contact.en.privacy",
        STRONG,
        "{gdpr|data protection|article 21|right to erasure|erase my|delete my data|delete our data}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.fr.cesser",
        STRONG,
        "{cessez|cesser} {immediatement|sans delai|des a present|des maintenant}? {de}? {toute|tout|vos|les|ces|toutes}? {contact*|appel*|sollicitation*|courrier*|mail*|email*|demarche*|communication*|harcelement|poursuite*|agissements|pratiques}",
        "stop {aux|a les|a vos} {appels|sollicitations|mails|messages|coups de fil}",
        "{je suis|nous sommes|en qualite de|en ma qualite de|en notre qualite de|en tant que} {le|la}? {avocat|avocate|avocats|conseil|conseils} {de|du}",
        "{cess*|arret*} {immediatement|sans delai|des a present|des maintenant|definitivement|tout de suite|desormais|donc}? de {nous|me} {contacter|appeler|ecrire|solliciter|harceler|telephoner|importuner|deranger}",
        "{mise|mets|mettons|met} en demeure de {cesser|mettre fin|ne plus|arreter}",
        "demeure de {cesser|mettre fin|ne plus|arreter}",
        "{je me|nous nous} {oppose|opposons} a {toute|tout|la|ce|vos}",
        "{interdis|interdisons} _4 {contacter|recontacter|appeler|rappeler|telephoner|relancer|ecrire|harceler|solliciter|presenter|demarcher}",
        "{abstenir|abstenez|abstiens|abstenez vous|vous abstenir|abstention} {de}? {toute|tout|tous|toutes|nous|me|de}? _2 {contact*|appel*|relance*|relancer|appeler|contacter|telephoner|ecrire|solliciter|demarche*|courrier*|communication*|sollicitation*|poursuite*|poursuivre|reclamer|reclamation*|harceler}",
    ),
    rule(
        "cease_contact.fr.ne_plus",
        STRONG,
        "ne plus {nous|me} {contacter|recontacter|appeler|rappeler|ecrire|solliciter|telephoner|importuner|deranger|harceler}",
        "ne plus etre {contacte*|sollicite*|appele*|importune*|harcele*|derange*|demarche*}",
        "ne plus {contacter|appeler|telephoner|harceler|solliciter|importuner|deranger|demarcher|recontacter|rappeler} {a|au|aux|sur|ni|notre|mon|ma|mes|nos|le|la|les|directement|personne|quiconque|ce|cette|chez|.|!|,|;|et}",
        "ne {plus|pas} {nous|me|les|le}? {prendre contact|entrer en contact|reprendre contact}",
        "ne pas {appeler|telephoner|contacter|harceler|demarcher|rappeler} {a|au|aux|sur|mon|ma|mes|notre|nos|directement|chez|le magasin|la boutique|le siege}",
        "ne {veux|voulons|souhaite|souhaitons} plus que {vous}? {me|nous}? {appeliez|contactiez|ecriviez|telephoniez|harceliez|sollicitiez|rappeliez}",
        "{mais}? plus de {appels|coups de fil|coup de fil}",
        "ne {repondrai|repondrons} plus {au|a le|aux} {telephone|appels}",
        "ne plus {nous|me} {envoyer|adresser|faire parvenir} {de|les|vos|des|aucune|aucun|ces}? {mails|emails|courriels|messages|sollicitations|appels}",
        "ne {nous|me} {contactez|appelez|ecrivez|sollicitez|telephonez|harcelez|importunez|derangez|rappelez|recontactez} plus",
        "ne {contactez|appelez|telephonez|harcelez} plus",
        # Not "n'appelez pas avant 10h, demandez Anna": a time to call, not a stop.
        "ne {nous|me} {contactez|appelez|telephonez|relancez} {pas|jamais} _3 {directement|plus|ni}?",
        "ne {contactez|appelez|telephonez|relancez} {pas|jamais} _3 {directement|plus|ni}",
        "ne {contactez|appelez|telephonez|relancez} jamais",
        "ne {contactez|appelez|telephonez|relancez} pas {au|aux|sur|chez|notre|nos|mon|ma|mes|son|sa|ses|directement}",
        "ne pas {nous|me} {contacter|appeler|telephoner|harceler|solliciter|ecrire}",
        # Not "nous n'avons plus aucun contact avec ce fournisseur": asked for, not reported.
        "{veux|voulons|souhaite|souhaitons|exige|exigeons|demande|demandons|accepterai|accepterons|tolererai|tolererons} plus aucun* {contact|appel|appels|courrier|courriers|mail|mails|email|emails|sollicitation|sollicitations|relance|relances}",
        "plus aucun* {contact|appel|appels|courrier|courriers|mail|mails|email|emails|sollicitation|sollicitations} {,}? {svp|se il vous plait|merci|!|sur|au|chez|a le|de votre part}",
        "ne {souhaitons|souhaite|voulons|veux} plus {etre} {contacte*|sollicite*|appele*|importune*|demarche*|harcele*|derange*}",
        "ne {souhaitons|souhaite|voulons|veux} plus {recevoir|avoir} _2 {mail*|email*|appel*|courrier*|message*|sollicitation*|contact*}",
        "{non plus|pas} par {telephone|appel|appels}",
        negatable=False,
    ),
    rule(
        "cease_contact.fr.ecrit",
        STRONG,
        "{uniquement|exclusivement|seulement} par {ecrit|voie ecrite|lettre recommandee|courrier recommande}",
        "par {ecrit|voie ecrite|lettre recommandee|courrier recommande} {uniquement|exclusivement|seulement}",
        "{toute|tout|toutes|tous} {correspondance|correspondances|communication|communications|echange|echanges|demande|demandes|relance|relances|reclamation|reclamations|contact|contacts} _10 par {ecrit|voie ecrite|lettre recommandee|courrier recommande}",
    ),
    rule(
        "cease_contact.fr.avocat",
        STRONG,
        "{adressez|adresser|adressez vous|dirigez|transmettez|transmettre|contactez|contacter|orientez|voir|veuillez|prendre contact|prenez contact} _6 {notre|mon} {avocat|avocate|avocats|conseil|juriste|service juridique|conseil juridique|cabinet de avocats|cabinet juridique}",
        "{toute|tout|toutes|tous} {correspondance|correspondances|communication|communications|echange|echanges|contact|demande|courrier} _6 {notre|mon} {avocat|avocate|avocats|conseil|cabinet de avocats}",
        "par le {intermediaire|biais} de {notre|mon} {avocat|avocate|conseil|cabinet de avocats}",
        "{ecrivez moi|ecrivez nous} {si necessaire|plutot|uniquement|desormais|exclusivement|par courrier}",
        "{communiquer|correspondre|traiter|echanger|communiquez|correspondez} {desormais|dorenavant}? {uniquement|exclusivement|seulement}? avec {mon|notre|le|la} {cabinet|avocat|avocate|conseil|soussigne|soussignee}",
        "{adressez vous|adressez|contactez|ecrivez} {vous}? {exclusivement|uniquement|directement|desormais}? a {maitre|le soussigne|la soussignee|notre conseil}",
        "{soussigne|soussignee|soussignes} {exclusivement|uniquement|seul|seule}",
    ),
    rule(
        "cease_contact.fr.mention",
        WEAK,
        "{notre|mon|nos|mes} {avocat|avocate|avocats|conseil juridique|service juridique} {vous contactera|vous ecrira|prendra contact|se chargera|va vous contacter|va prendre contact|reviendra vers vous|se occupe|se occupera|prend le relais|prendra le relais|vous recontactera}",
        "{entre les mains de|aupres de|transmis a|confie a|transfere a|remis a|voyez avec|voir avec|passe a} {notre|mon|nos|mes} {avocat|avocate|avocats|conseil juridique|service juridique}",
        "harcel*",
        "{retirer|supprimer|retirez|supprimez|effacer|effacez} {moi|nous|mon adresse|notre adresse|mes coordonnees|nos coordonnees|mes donnees|nos donnees|mon numero|notre numero} {de}? {votre|vos|la|le} {liste*|fichier*|base*}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # "désabonnez-moi", "je souhaite me désinscrire"; not a mailing's footer link ("Se désabonner",
        # "cliquez ici pour vous désinscrire"), as "unsubscribe here" in English
        "cease_contact.fr.unsubscribe",
        WEAK,
        "{desinscri*|desabonn*}",
        blockers=_HYPOTHETICAL + ("se", "cliquez", "cliquer", "cliquant", "lien", "ici"),
    ),
    rule(
        "cease_contact.de.nicht_mehr",
        STRONG,
        "{kontaktieren|schreiben|rufen|mahnen|belastigen|kontaktiert|schreibt|ruft|belastigt|anrufen|anschreiben|kontaktieren} sie {uns|mich} _3 {nicht mehr|nie wieder|nicht weiter|nicht erneut|ab sofort nicht}",
        "rufen sie {uns|mich} {bitte}? {nicht|nie wieder|nicht mehr} an",
        "{kontaktieren|belastigen|behelligen} sie {uns|mich} {bitte}? {nicht|nie wieder|nicht mehr}",
        "{kontaktieren|rufen|mahnen|belastigen|besuchen|behelligen|telefonieren|kontaktiert|ruft} sie {bitte}? {hier|uns|mich|unsere mitarbeiter|unsere mitarbeiterinnen|unsere angestellten|meine familie|meine frau|meinen mann|unsere kunden|unser personal}? {bitte}? {nicht mehr|nicht langer|nie wieder|keinesfalls|nicht erneut}",
        "{schuldnerin|schuldner|gesellschaft|insolvenzschuldnerin|mandantin|mandantschaft|mandanten|firma} {nicht mehr|nicht langer|keinesfalls} {zu}? {kontaktieren|anzurufen|anzuschreiben|mahnen|zu mahnen|zu kontaktieren|anrufen|anschreiben|belastigen|zu belastigen}",
        "{kontakt|kontaktaufnahme|kontaktaufnahmen|anrufe|besuche|telefonate|kontaktversuche|anruf} _3 {unerwunscht|nicht erwunscht|nicht gewunscht|nicht gewollt}",
        "{keinen|keine|nicht mehr|nicht} {direkten|direkte|weiteren|weitere}? {kontakt|kontaktaufnahme|verbindung} {mehr}? _4 {mandantschaft|mandantin|mandanten|mandant}",
        "nicht {mehr|langer}? {an|mit|bei} {unsere|die|meine|der|unserer|meiner} {mandantin|mandantschaft|schuldnerin|insolvenzschuldnerin}",
        "{anrufe|anrufen|kontakt|kontaktaufnahme|mahnungen|belastigung|belastigungen|e mails|emails|nachrichten|besuche|telefonate} _3 {mussen|muss|haben|hat} {aufhoren|ein ende|zu unterbleiben|unterbleiben}",
        "{lehne|lehnen} _4 {kontakt|kontakte|kontaktaufnahme|kontaktaufnahmen|anrufe|telefonate|besuche} ab",
        "{uns|mich} {nicht mehr|nie wieder|nicht} {zu}? {kontaktieren|anzurufen|anrufen|anzuschreiben|anschreiben|schreiben|belastigen|zu kontaktieren|zu belastigen|mahnen|zu mahnen}",
        # Not "wir hatten keinen Kontakt mit Ihrem Außendienst": asked for, not reported.
        "{keine|keinerlei|keinen} {weitere|weiteren|weiterer} {direkten|direkte|telefonischen|telefonische|personlichen|personliche}? {kontakt*|anrufe|telefonate|kommunikation|kontaktversuche|besuche}",
        "{wunschen|mochten|wollen|will|mochte|wunsche|dulden|akzeptieren|bitte|bitten} {wir|ich}? {keine|keinerlei|keinen} {weitere|weiteren}? {direkten|direkte|telefonischen|telefonische|personlichen|personliche}? {kontakt*|anrufe|telefonate|kommunikation|kontaktversuche|besuche}",
        "{keine|keinerlei|keinen} {direkten|direkte|telefonischen|telefonische|personlichen|personliche}? {kontakt|anrufe|telefonate|besuche} mehr",
        "{keine|keinerlei} {weitere|weiteren} {e mails|emails|nachrichten|schreiben|zahlungsaufforderungen|mahnschreiben|post|briefe}",
        "{nicht mehr|keine weitere} {kontakt*|kontaktiert|angerufen|angeschrieben|gemahnt|belastigt}",
        negatable=False,
    ),
    rule(
        "cease_contact.de.unterlassen",
        STRONG,
        "unterlass* _8 {kontakt*|anruf*|schreiben|mahnungen|belastigung*|zahlungsaufforderungen|kommunikation|e mails|emails|besuche|telefonate|nachrichten|inkasso*|anzurufen|zu kontaktieren|kontaktieren|anzuschreiben|zu belastigen|zu mahnen|aufzusuchen}",
        "{verbitte|verbitten} {mir|uns|mich|sich}",
        "{richten|senden|adressieren|schicken} sie _6 an {unsere|unseren|meine|meinen} {anwalt|anwaltin|anwalte|anwalten|rechtsanwalt|rechtsanwaltin|rechtsanwalte|rechtsanwalten|rechtsbeistand|anwaltskanzlei|rechtsabteilung|prozessbevollmachtigt*|bevollmachtigt*|rechtsvertreter*}",
        "{nur noch|ausschliesslich|nur} {schriftliche|schriftlichen} {kommunikation|korrespondenz|kontakt|kontaktaufnahme|mitteilungen}",
        "{unterlassungserklarung|unterlassungsaufforderung|unterlassungsanspruch|unterlassungsklage}",
        "{kontakt|kontakte|kontaktaufnahme|kontaktaufnahmen|kontaktversuche|kontaktierung|kommunikation|anrufe|anrufen|zahlungsaufforderungen|schreiben|e mails|emails|besuche|telefonate|nachrichten|belastigung*|inkassomassnahmen|beitreibung*} _4 {einstellen|einzustellen|unterlassen|zu unterlassen|abzusehen|absehen|abstand zu nehmen|abstand nehmen|abzustellen}",
        "{von|vor} {weiteren|jeglichen|jeder|jedweder|allen|sonstigen|direkten|kunftigen}? {mahnungen|mahnschreiben|zahlungsaufforderungen|zahlungserinnerungen|anrufen|kontaktaufnahmen|kontaktaufnahme|kontaktversuchen|schreiben|inkassomassnahmen|beitreibungsmassnahmen|beitreibungsversuchen|vollstreckungsmassnahmen|kontakten|besuchen} _8 {abzusehen|absehen|abstand}",
        "{untersage|untersagen|untersagt} _6 {kontakt*|anrufe|mahnungen|zahlungsaufforderungen|schreiben|belastigung*|besuche|kommunikation}",
        "{wenden|richten} sie sich _6 {anwalt|rechtsanwalt|anwaltin|rechtsanwaltin|rechtsbeistand|anwaltskanzlei|rechtsabteilung|anwalte|rechtsanwalte}",
        "{korrespondenz|kommunikation|schreiben|anfragen} _6 {anwalt|rechtsanwalt|anwaltin|rechtsanwaltin|rechtsbeistand|anwaltskanzlei|rechtsanwalte}",
        # Someone else's law firm ("an die Kanzlei Berger"); the writer's own is office_routing.
        "{wenden|richten} sie sich _5 {die|der|diese|dieser} kanzlei",
        "{korrespondenz|kommunikation|schreiben|anfragen} _5 {die|der|diese|dieser} kanzlei",
        "{nur|ausschliesslich|nur noch|allein} {uber|an|via|mit} {die|den|der} kanzlei",
        "{nur|ausschliesslich|nur noch|allein} {uber|an|via|mit} {unsere|unseren|meine|meinen|die|den|unserer|meiner} {anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|rechtsanwalte|anwalte|rechtsbeistand|rechtsvertreter|prozessbevollmachtigt*|bevollmachtigt*|rechtsabteilung}",
        "anwaltlich vertreten",
        "{vertreten|vertreten wir|vertrete|wahrnehmung} _4 rechtlichen interessen",
        "{mandantschaft|mandantin|mandanten} _6 {kontakt*|anrufe|mahnungen|schreiben|kontaktaufnahme}",
        "lassen sie {uns|mich} in ruhe",
    ),
    rule(
        "cease_contact.de.office_routing",
        STRONG,
        "{an den unterzeichner|an die unterzeichnerin|an den unterzeichnenden|an die unterzeichnende kanzlei|an unsere kanzlei} {zu richten|richten|zu senden}",
        # "Richten Sie sämtliche Korrespondenz an meine Kanzlei": the writer's own office, like
        # "all correspondence to this office" (a lawyer's request without an insolvency).
        "{richten|senden|adressieren|schicken} sie _6 an {unsere|meine|unser|mein} {kanzlei|buro}",
        "{wenden|richten} sie sich _4 an {unsere|meine|unser|mein} {kanzlei|buro}",
        "{korrespondenz|kommunikation|schreiben|anfragen|kontakt} _5 {uber|an|via|durch|mit} {unsere|meine|unserer|meiner|unser|mein} {kanzlei|buro}",
        "{kontaktieren|sprechen|wenden|schreiben|kontaktiert|schreibt} sie _5 {unsere|meine|unserer|meiner} kanzlei",
        "{nur|ausschliesslich|nur noch|allein} {uber|an|via|mit} {unsere|meine|unserer|meiner} kanzlei",
    ),
    rule(
        "cease_contact.de.schriftlich",
        STRONG,
        "{nur noch|ausschliesslich|nur mehr|nur|allein} {schriftlich|auf schriftlichem wege|auf schriftlichem weg|in schriftform}",
        "{kommunikation|korrespondenz|kontakt|kontaktaufnahme|anfragen|mitteilungen|schreiben} _6 {nur|ausschliesslich|nur noch} {schriftlich|per post|postalisch|auf dem postweg|per brief}",
    ),
    rule(
        "cease_contact.de.mention",
        WEAK,
        "{unser*|mein*} {anwalt|rechtsanwalt|anwaltin|rechtsanwaltin|rechtsbeistand|anwaltskanzlei|rechtsanwalte|anwalte} {wird|werden} sich _3 {melden|kummern|befassen}",
        "{an|bei|zu} {unseren|unserem|unsere|unserer|meinen|meinem|meine|meiner} {anwalt|rechtsanwalt|anwaltin|rechtsanwaltin|rechtsbeistand|anwaltskanzlei|kanzlei} {weitergeleitet|ubergeben|abgegeben|gegeben|liegt|weitergegeben}",
        "belastig*",
        "{nehmen|streichen|entfernen|tragen|loschen} sie _4 {aus|von} {dem|der|ihrem|ihrer|ihren|allen} {verteiler|mailingliste|liste|adressliste|datenbank|verteilern|anrufliste|telefonliste}",
        "{abmelden|abbestellen}",
        "{mahnungen|mahnverfahren|inkasso*} _3 {einstellen|einzustellen}",
        "{mahnungen|zahlungsaufforderungen|zahlungserinnerungen} {an|gegenuber} {die|den|der} {schuldnerin|schuldner|gesellschaft|insolvenzschuldnerin|gemeinschuldnerin}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.es.dejen",
        STRONG,
        "{dejen|deje|dejar|dejad|paren|pare|parar} de {contactar*|llamar*|escribir*|molestar*|acosar*|hostigar*|telefonear*}",
        "{cesen|cese|cesar|cesacion} {de inmediato|inmediatamente|ya|ahora}? {de|en}? {todo|toda|cualquier|las|los|toda la|sus|estas|esas}? {contacto|comunicacion|comunicaciones|llamadas|reclamaciones|gestion|gestiones|envios|requerimientos|actuaciones|actuacion}",
        "{dirijanse|dirijase|dirijan|dirija|remitan|remita|contacten|contacte|contactar|diriganse|remitir} _5 {abogado*|abogada*|letrado*|asesor* legal|asesoria juridica|despacho|representante legal|bufete|procurador*}",
        "{toda|cualquier} {la|su|nueva|otra}? {comunicacion|correspondencia|gestion|reclamacion} _6 {abogado*|abogada*|letrado*|despacho|asesoria juridica|bufete}",
        "{abstengan|abstenga|abstenerse|abstenganse|abstengase|absteneos|abstenerte|abstener|abstenernos|abstendran|abstengais} de",
        "{prohibimos|prohibo|prohibe} _4 {contact*|llam*|escrib*|molest*|envi*|reclam*|telefone*}",
        "{paren|pare|parad|basta} {ya}? {con|de} {las|sus|estas|tantas}? {llamadas|reclamaciones|comunicaciones|correos|mensajes|requerimientos}",
        "cese {inmediato|definitivo|total}? de {las|los|toda|todo|sus|cualquier}? {llamadas|comunicaciones|contacto|contactos|reclamaciones|gestiones|requerimientos|acoso}",
        "{este despacho|esta asesoria|este bufete|el letrado que suscribe|la letrada que suscribe|el abogado que suscribe} {representa|asiste|actua}",
        "{actuamos|actuo|actua|actuando} en nombre y representacion",
        "{comuniquen|comunique|dirijan|dirija|entiendan|entienda|relacionen} _3 {con|a} {este despacho|esta asesoria|el letrado que suscribe|la letrada que suscribe|el abajo firmante|este bufete|nuestro despacho|nuestros abogados|nuestro abogado|el que suscribe}",
        "{represento|representamos} a {la mercantil|mi cliente|mi mandante|mi representada}",
        "{llamadas|comunicaciones|correos|mensajes|reclamaciones|visitas} _3 {tienen que|deben|han de} {parar|cesar|terminar|acabar}",
    ),
    rule(
        "cease_contact.es.escrito",
        STRONG,
        "{unicamente|exclusivamente|solo|solamente} por {escrito|via escrita|burofax|correo certificado|correo postal}",
        "{solo|solamente|unicamente|exclusivamente} _3 {comunicaciones|comunicacion|correspondencia|reclamaciones|contacto|contactos} por {escrito|burofax|via escrita}",
        "por {escrito|via escrita|burofax|correo certificado} {unicamente|exclusivamente|solamente}",
        "{cualquier|toda|todas|todo|todos} {comunicacion|comunicaciones|correspondencia|reclamacion|reclamaciones|contacto|requerimiento|requerimientos|gestion|gestiones|consulta|consultas} _10 {por escrito|por via escrita|por burofax|por correo certificado|a traves del registro}",
    ),
    rule(
        "cease_contact.es.no_vuelvan",
        STRONG,
        "no {nos|me} {vuelvan|vuelva|vuelvas} a {contactar|llamar|escribir|molestar|enviar|telefonear}",
        "no {vuelvan|vuelva|vuelvas} a {contactarnos|llamarnos|escribirnos|contactarme|llamarme|escribirme|molestarnos|molestarme|llamar|contactar|telefonear|molestar}",
        "{no|nunca} {nos|me} {contacten|contacte|llamen|llame|escriban|escriba|molesten|moleste|contacteis|llameis|telefoneen|escribais|molesteis|escribas|llames|contactes|molestes}",
        "no {deseo|deseamos|quiero|queremos} recibir {mas}? {comunicaciones|correos|llamadas|mensajes|emails|recordatorios|notificaciones}",
        "no {queremos|quiero|deseamos|deseo} {que}? {nos|me} {contacten|llamen|escriban|sigan}",
        "no {deseo|deseamos|quiero|queremos} que {nos|me} {vuelvan|sigan|continuen} _2 {contactar*|llamar*|escribir*|molestar*|enviar*|reclamar*}",
        "{queremos|deseamos|quiero|deseo|aceptaremos|aceptare|admitiremos|toleraremos} {ningun|ninguna} {otro|otra|tipo de}? {contacto|comunicacion|llamada}",
        "{ningun|ninguna} {otro|otra|tipo de}? {contacto|comunicacion|llamada} {mas|adicional|por telefono|telefonico|telefonica}",
        "no {llamen|contacten|telefoneen|molesten} {mas|a|al|directamente}",
        "no por {telefono|llamada}",
        "no {acepto|aceptamos|aceptare|aceptaremos|admitiremos|admito|atenderemos|atendere} {mas|ninguna|ningun}? {llamadas|comunicaciones|contacto|llamada|visitas}",
        negatable=False,
    ),
    rule(
        "cease_contact.es.mention",
        WEAK,
        "{nuestro|nuestra|mi|nuestros|mis} {abogado|abogada|abogados|letrado|letrada|asesor legal|representante legal|asesoria juridica} {se pondra|se pondran|les contactara|les escribira|se encargara|se encargaran|llevara|lleva} {en contacto|el asunto|el tema}?",
        "{en manos de|hablad con|hablen con|trasladado a|remitido a|pasado a} {nuestro|nuestra|mi|nuestros|mis} {abogado|abogada|abogados|letrado|letrada|asesor legal|representante legal|asesoria juridica}",
        "{acoso|acosar|acosando|hostigamiento}",
        "{dar|darme|darnos|den|denme|dennos|deme} de baja",
        "{eliminen|borren|supriman|saquen|eliminar|borrar|quiten} {mis|nuestros|nuestras|me|nos}? {datos|correo|direccion|email|telefono} _4 {lista|base|listas}",
        "{me|nos} {opongo|oponemos} a",
        blockers=_HYPOTHETICAL,
    ),
)

# Broader families, by what is asked rather than by sentence: stop (all) contact by any
# channel, route it through a lawyer or representative, object to the processing of data,
# complain of harassment and ask that it stop. Negated ("no need to stop") and hypothetical
# ("we may have to involve our lawyers") mentions stay out (negation scope, blockers).
_CHANNEL_EN = (
    "{contact|contacting|calls|calling|phone calls|emails|emailing|email|letters|messages|texts|"
    "correspondence|communication|communications|collection calls|demands|visits|telephone calls|"
    "phone contact|telephone contact|direct contact|text messages|voicemails|voice messages|sms|home visits}"
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        # "Ne plus nous relancer", "plus aucune relance", "no more reminders": like stop_reminders.
        "cease_contact.any.no_more_reminders",
        MEDIUM,
        "ne plus {nous|me}? relancer",
        "ne plus {nous|me|lui|leur} {envoyer|adresser|faire parvenir} {de|les|vos|des|aucune|aucun|ces}? {relances|relance|rappels|rappel|lettres de relance}",
        "stop {aux|a les|a vos} relances",
        "ne {nous|me}? relancez plus",
        "ne pas {nous|me}? relancer",
        "plus aucune {relance|relances}",
        "ne {souhaitons|souhaite|voulons|veux} plus {etre} relance*",
        "ne {souhaitons|souhaite|voulons|veux} plus {recevoir|avoir} _2 {relance*|rappel*}",
        "no {more|further} {reminders|chasers|dunning letters|payment reminders}",
        "{don't|do not} {send|email} {us|me}? {any}? {more|further}? {reminders|chasers}",
        f"{{do not|never|no longer|not to|must not|are not to}} chase {_OBJ}",
        "no {nos|me} {envien|manden} {mas}? {recordatorios|reclamaciones}",
        negatable=False,
    ),
    rule(
        "cease_contact.any.no_longer_to",
        STRONG,
        "{mahnungen|zahlungsaufforderungen|zahlungserinnerungen|schreiben|korrespondenz|anfragen|e mails|emails|erinnerungen} _3 {nicht mehr|nicht langer|keinesfalls} _4 {richten|zu richten|senden|zu senden|schicken|zu schicken|adressieren|zu adressieren}",
        # Away from the company or the client, not from the writer ("... nicht mehr an mich" is a redirect).
        "{richten|senden|schicken|adressieren} sie _5 {nicht mehr|nicht langer} _3 an {die|den|der|unsere|unseren|meine|meinen}? {firma|gesellschaft|schuldnerin|schuldner|insolvenzschuldnerin|mandantin|mandantschaft|mandanten|mandant|geschaftsfuhrung|geschaftsfuhrer|unternehmen}",
        "{no longer|not} {send|direct|address} {any}? {reminders|demands|correspondence|letters|emails|chasers|collection letters} {to}",
        "ne plus {adresser|envoyer|transmettre} {de|vos|les|aucune}? {relances|relance|mises en demeure|courriers|correspondances}",
        "no {envien|dirijan|remitan|manden} _2 {reclamaciones|requerimientos|recordatorios|correspondencia|comunicaciones}",
        "no {sigan|continuen|sigas|continues|vuelvan a} {reclamando|llamando|contactando|escribiendo|molestando|requiriendo|reclamar|requerir}",
        "no {sigan|continuen|sigas|continues} enviando {nos|me}? {reclamaciones|recordatorios|requerimientos|correos|mensajes}",
        # Our own calls said to breach the stay ("your reminder calls violate the automatic stay").
        "{calls|emails|reminders|letters|demands|demand|contact|communications|messages|chasers|actions} _3 {violate|violates|violated|breach|breaches|contravene|contravenes} {the}? {automatic stay|stay|moratorium}",
        "{attempt|attempts|effort|efforts|act|acts} to collect _8 {violate|violates|violated|breach|breaches|contravene|contravenes} {the}? {automatic stay|stay|moratorium}",
        "{y no|no} a la {concursada|deudora|sociedad concursada}",
        "{y no|no} al {concursado|deudor}",
        "{et non|et non plus|et plus} {a|a la|au} {societe|debitrice|debiteur|entreprise}",
        negatable=False,
    ),
    rule(
        # "Creditors who violate the stay may be penalised": the statutory stay, stated. Next to
        # the insolvency notice it belongs to, no request of its own (cease_contact_yields).
        "cease_contact.any.stay_warning",
        STRONG,
        "{violate|violates|violating|violation|violations|breach|breaches|contravene|contravention} {of}? {the}? {automatic stay|stay|moratorium|discharge injunction}",
        # A court order told by the receiver: "the order enjoins all creditors from taking collection
        # action against the practice or its property except through the receiver".
        "{enjoins|enjoined|enjoining|restrains|restrained|restraining|prohibits|prohibited|bars|barred|stays|stayed} "
        "{all|any}? {creditors|vendors|suppliers|persons|parties} _3 from {taking|commencing|continuing|pursuing|"
        "initiating}? {any}? {collection|collections|enforcement|legal} {action|actions|activity|activities|efforts|proceedings}",
        negatable=False,
    ),
    rule(
        # "Proposed Counsel to the Debtors": the debtor's counsel signing a notice; next to an
        # insolvency, an address like the office holder's (cease_contact_yields).
        "cease_contact.en.debtor_counsel",
        STRONG,
        "{counsel|solicitors|attorneys|lawyers} {to|for} the {debtor|debtors|company}",
        "{proposed|undersigned} counsel",
    ),
    rule(
        # "The liquidator is X, talk to them not me", "senden Sie alles an Frau Dold und nicht mehr
        # an mich": away from the writer. Next to an insolvency that is the office holder taking
        # over (cease_contact); otherwise a new contact person (contact_update): see
        # cease_contact_yields.
        "cease_contact.any.redirect",
        STRONG,
        "{talk|speak|write|go|deal|correspond|liaise|send it|send them|send everything|send all} {to|with} {them|him|her} {,}? {not|and not|rather than|instead of} {to}? {me|us}",
        "{contact|call|email|ask|chase|phone|ring|write to} {them|him|her} {,}? {not|and not|rather than|instead of} {me|us}",
        "{adressez vous|voyez|voir|contactez|ecrivez|parlez|appelez|adressez} {a|avec}? {eux|lui|elle|le|la|les} {,}? {et}? {pas|non|plus} {a|avec}? {moi|nous}",
        "{hablad|hablen|hable|habla|contacten|contacte|contactad|dirijanse|dirijase|llamen|escriban} {con|a}? {ellos|el|ella|ellas} {,}? {y}? no {conmigo|con nosotros|a mi|a nosotros}",
        "{richten|senden|schicken|adressieren} sie _5 {nicht mehr|nicht langer} _3 an",
        "{wenden|richten} sie sich _3 an {ihn|sie|diesen|diese} {,}? {und}? {nicht|nicht mehr} an {mich|uns}",
        negatable=False,
    ),
    rule(
        "cease_contact.en.families",
        STRONG,
        f"{{stop|cease|end|halt|discontinue|suspend}} {{with}}? {{all|any|these|your|the|further|future|such|this}}? {{further|future|constant|repeated|daily|continued|incessant}}? {_CHANNEL_EN}",
        f"{{object|objecting|objection}} to {{any|all|the|your|further|future}}? _3 {{contact|processing|calls|emails|communication|communications|use of my|use of our|marketing|data}}",
        "{instructed|engaged|appointed|retained|hired} {a|our|my|the}? {solicitor*|lawyer*|attorney*|counsel|legal representative|law firm|legal counsel}",
        f"{{communication|communications|correspondence|contact|enquiries|inquiries|queries}} {{must|should|will|shall|is to|are to|needs to|need to}} {{now|henceforth|only|from now on}}? {{go|be directed|be sent|be addressed|be made|be routed|come|be handled}} _4 {_LAWYER}",
        "{deal|speak|talk|correspond|communicate|liaise} {only|directly|exclusively}? with {our|my|them|him|her} {solicitor*|lawyer*|attorney*|counsel|representative|representatives|legal*}?",
        f"{{refer|route|redirect|channel|forward|address|direct|send}} _5 {_LAWYER}",
        "{this|your|these|the} {calls|emails|contact|conduct|behaviour|behavior|reminders|messages} _3 {harassment|harassing|harrassment}",
        "{calls|phone calls|telephone calls|emails|contact|messages|visits|harassment|texts} _4 {must|have to|has to|need to|needs to} {stop|cease|end}",
        "enough {with|of} {the|these|your|all}? {calls|emails|phone calls|harassment|messages|visits}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.fr.families",
        STRONG,
        "{arretez|arreter|cessez|cesser|stoppez|stopper|mettez fin|mettre fin} {de}? {a}? {me|nous}? {vos|ces|les|tout|toute|toutes|tous|de}? {appels|appel|mails|emails|courriers|courriels|messages|sollicitations|contacts|contact|envois|harcelement|contacter|appeler|ecrire|harceler|telephoner}",
        "{oppose|opposons|opposer|opposition} _3 {traitement|utilisation|prospection|contact|sollicitation|relances}",
        "{toute|tout|toutes|tous|les} {correspondance|correspondances|communication|communications|echange|echanges|contact|contacts|courrier|courriers|demande|demandes|relance|relances} _12 {avocat|avocate|avocats|conseil|juriste|cabinet de avocats|cabinet de avocat|cabinet juridique}",
        "{adressee|adressees|adresse|transmise|transmises|transmis|dirigee|dirigees|envoyee|envoyees|orientee} {a|au|aux|vers|aupres de}? {notre|mon|nos|mes} {avocat|avocate|avocats|conseil|cabinet|representant}",
        "{contacter|contactez|adressez vous a|voir avec|passer par|passez par|adresser a} {directement}? {notre|mon|nos|mes} {avocat|avocate|avocats|conseil|cabinet|representant}",
        "{saisi|mandate|missionne|charge|confie} {le dossier|ce dossier|le affaire|cette affaire}? {a}? {notre|un|mon} {avocat|avocate|conseil|cabinet}",
        "{relances|appels|mails|messages|sollicitations} _4 {harcelement}",
        "{appels|appel|mails|messages|sollicitations|harcelement|visites|contacts} _3 {doivent|doit} {cesser|stopper|se arreter|prendre fin}",
        "{refuse|refusons} {desormais|dorenavant|a present}? {tout|toute|les|vos|ces} {appel|appels|contact|contacts|sollicitation|sollicitations|demarchage|appel telephonique|appels telephoniques}",
        # A lawyer's client ("cesser tout contact avec ma mandante", "notre mandante, la société X"),
        # not an agent's principal ("Notre mandant, l'armateur, exige le BL").
        "{avec|a|de|contre|envers|aupres de|pour} {ma|notre} {mandante|mandant}",
        "{ma|notre} {mandante|mandant} {,}? {la societe|societe|la ste|madame|monsieur|mme|m}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.fr.stop_reminders",
        STRONG,
        "{arretez|arreter|cessez|cesser|stoppez|stopper|mettez fin|mettre fin} {de}? {a}? {me|nous}? {vos|ces|les|tout|toute|toutes|tous|de}? {relances|relance|rappels}",
        "{cessez|cesser} {immediatement|sans delai|des a present|des maintenant}? {de}? {toute|tout|vos|les|ces|toutes}? relance*",
        # a mandataire on the debtor's reminders: "les relances adressées à la société débitrice sont
        # donc sans objet"
        "{relances|relance|rappels|mises en demeure} _8 {sont|seront|restent|deviennent|est|sera} {donc|des lors|desormais|par consequent}? sans objet",
        # "Arrêtez de m'envoyer des mails tous les deux jours": our reminders, by their channel.
        "{arretez|arreter|cessez|cesser|stoppez|stopper} {immediatement|donc|svp|tout de suite|desormais}? de {nous|me}? {envoyer|adresser|renvoyer} {des|vos|ces|les|de|tous ces|toutes ces}? {mails|emails|e mails|courriels|messages|courriers|relances|rappels|lettres}?",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.fr.privacy",
        STRONG,
        "{rgpd|donnees personnelles|effacement de mes|effacement de nos}",
        "droit de opposition",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.de.families",
        STRONG,
        "{stellen|stellt} sie _3 {kontakt*|anrufe|mahnungen|kommunikation|zahlungserinnerungen|e mails|emails|schreiben|kontaktaufnahme|kontaktversuche|inkasso*|mahnverfahren|mahnwesen|beitreibung*|vollstreckung*|zwangsvollstreckung*|belastigung*} _4 {ein|sofort ein}",
        "{horen|hort} sie {bitte|endlich|sofort}? auf _6 {anzurufen|anrufen|zu kontaktieren|kontaktieren|zu belastigen|belastigen|zu schreiben|zu mailen|zu telefonieren}",
        "{kontaktaufnahme|kontakt|anrufe|mahnungen|kommunikation|e mails|emails|schreiben} _3 {einstellen|einzustellen|unterlassen|zu unterlassen|beenden|zu beenden}",
        "{kommunikation|korrespondenz|kontakt|schreiben|anfragen} _4 {uber|an|via|durch} die kanzlei",
        "{kommunikation|korrespondenz|kontakt|schreiben|anfragen} _4 {uber|an|via|durch} {unsere|unseren|meine|meinen|die} {anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|rechtsanwalte|anwalte|rechtsbeistand|vertreter|rechtsabteilung}",
        "{anwalt|rechtsanwalt|kanzlei|rechtsanwaltin|anwalte|rechtsanwalte} {beauftragt|eingeschaltet|mandatiert}",
        "{kontaktieren|sprechen|wenden|schreiben|rufen|kontaktiert|sprecht|schreibt} sie _5 {unseren|unserem|unserer|unsere|meinen|meinem|meiner|meine} {anwalt|rechtsanwalt|anwaltin|rechtsanwaltin|rechtsbeistand|anwaltskanzlei|rechtsabteilung}",
        "{richten|wenden} sie sich _6 {an|mit} {mein|meine|unser|unsere|meinen|unseren} {anwalt|vertreter|rechtsanwalt|rechtsabteilung}",
        "{widerspreche|widersprechen|widerspruch} _5 {kontakt*|anrufe|werbung}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.de.privacy",
        STRONG,
        "{dsgvo|datenschutz*|art. 21|artikel 21}",
        "widerspruch gegen {die|jede|jegliche}? {kontaktaufnahme|nutzung|verarbeitung|datenverarbeitung|werbung|kontaktierung}",
        "widersprech* _5 {kontaktaufnahme|nutzung|verarbeitung|datenverarbeitung|werbung}",
        "{widerspreche|widersprechen|widerspruch} _5 {verarbeitung|nutzung|daten}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.es.families",
        STRONG,
        "{dejen|deje|dejar|dejad|paren|pare|parar|cesen|cese|terminen} de {contactar*|llamar*|escribir*|molestar*|acosar*|hostigar*|insistir}",
        "no {deseo|deseamos|quiero|queremos} que {nos|me} {vuelvan|sigan|continuen} _2 {contactar*|llamar*|escribir*|molestar*|enviar*|reclamar*}",
        "{toda|cualquier|las} {comunicacion|comunicaciones|correspondencia|gestion|gestiones} _6 {abogado*|abogada*|letrado*|despacho|asesoria juridica|representante*|bufete}",
        "{hemos|he} {contratado|encargado|designado} _2 {abogado*|abogada*|letrado*|despacho|bufete}",
        "{pongan|ponganse|pongase|contacten|contacte|hablen|comuniquense|comuniquese|entiendanse|entiendase|dirijanse|dirijase} _4 con {nuestro|nuestra|nuestros|mi|mis} {abogado*|abogada*|letrado*|despacho|bufete|asesoria juridica|representante legal}",
        "{llamadas|correos|mensajes|reclamaciones} _4 {acoso|hostigamiento}",
        "{mi|nuestra} {representada|mandante|poderdante}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # "Dejad de mandarme correos cada dos días": our reminders, by their channel. Like the other
        # stop_reminders families, it yields to a paid claim ("ya está pagada") and stands alone.
        "cease_contact.es.stop_reminders",
        STRONG,
        "{dejen|deje|dejar|dejad|paren|pare|parar|cesen|cese|terminen} de {enviar*|mandar*} {nos|me}? {correos|emails|mensajes|cartas|comunicaciones|whatsapps|sms|correspondencia|recordatorios|reclamaciones|avisos}",
        "{dejen|deje|dejar|dejad|paren|pare|parar|cesen|cese|terminen} de reclamar*",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.es.privacy",
        STRONG,
        "{opongo|oponemos|oponerme|oponernos|oposicion} _3 {tratamiento|uso|contacto|comunicaciones|datos}",
        "{rgpd|proteccion de datos|lopd}",
        "derecho de oposicion",
        blockers=_HYPOTHETICAL,
    ),
)

# Families written from phrasings the rules had never seen (tests/inbox/test_legal_recall.py,
# GENERALISATION_CASES): channel limits, withdrawn consent, "remove this number", reported
# contact, representation, third persons the customer wants left alone.
_PEOPLE_EN = (
    "{mother|father|parents|family|relatives|children|son|daughter|partner|wife|husband|neighbours|neighbors|"
    "employer|boss|colleagues|customers|suppliers|clients|workplace|tenants|guarantor}"
)
_RECORDED_POST = (
    "{certified mail|certified post|certified letter|registered mail|registered post|registered letter|"
    "recorded delivery|signed for post}"
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.en.stop_reminders",
        MEDIUM,
        "{stop|cease|end|halt|discontinue|suspend} {with}? {all|any|these|your|the|further|future|such|this}? {further|future|constant|repeated|daily|continued|incessant|automatic|automated}? {reminders|chasers}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.en.unseen",
        STRONG,
        "no {more|further} {text messages|texts|sms|voicemails|voice messages|messages} {to|on|please|pls|!}",
        f"{{by|via|through}} {_RECORDED_POST} only",
        f"only {{by|via|through}} {_RECORDED_POST}",
        "{we are|i am|we're|i'm|we have been|i have been} {now}? represented {in this matter|in this|on this matter}? by",
        "{stop|cease|quit} {communicating|corresponding} with",
        "{stop|quit} {turning up|showing up|coming round|coming by|coming} {at|to}",
        "{stop|quit} leaving {voicemails|messages|voice messages|voicemail}",
        "{appreciate|grateful} {it}? {if you|you} {stopped|stopping|would stop|could stop} {contacting|calling|phoning|ringing|emailing|texting|writing to|visiting}",
        f"{{do not|don't|never|not to|must not|are not to|is not to|no longer}} {{contact|call|phone|telephone|email|text|ring|visit|approach|reach out to|get in touch with|write to}} {{my|our}} _2 {_PEOPLE_EN}",
        "{do not|don't|never|not to|must not|are not to} {reach out to|get in touch with} {us|me|our|my|the company|the debtor|anyone}",
        "{no longer|never again|do not|don't|not} {want|wish} to be {contacted|called|phoned|telephoned|chased|emailed|texted|pursued}",
        "{stop|cease|end} {all|any} {phone|telephone|email|direct|personal} contact",
        negatable=False,
    ),
    rule(
        "cease_contact.fr.unseen",
        STRONG,
        "ne {veux|voulons|souhaite|souhaitons|desire|desirons} plus {recevoir|avoir} {de|d|aucun|aucune|vos|ces}? {sms|textos|messages|appels|courriels|mails|e mails|emails|appels telephoniques|messages vocaux}",
        "{supprimer|supprimez|retirer|retirez|effacer|effacez|rayer|rayez} {ce|mon|notre|le} {numero|numero de telephone|numero de portable} {de|des}",
        "{retire|retirons|revoque|revoquons} {mon|notre} consentement _4 {contacte|contactes|contactee|contactees|appele|appelee|appeles|contact|appels|sollicite|demarche|joint}",
        "{toute|tout} {nouvelle|nouvel|autre|future}? {prise de contact|appel|relance|contact|sollicitation|tentative de contact} _6 {signalement|signalee|signale|plainte|harcelement}",
        "{nous sommes|je suis} {desormais}? {represente|representes|representee|representees} par {maitre|me|un avocat|une avocate|notre avocat|mon avocat|le cabinet|notre conseil|mon conseil}",
        "ne {communiquer|correspondre|me contacter|nous contacter|contacter|m ecrire|nous ecrire|ecrire} _3 que par {ecrit|courrier|lettre|voie postale|lettre recommandee|recommande|courrier recommande}",
        negatable=False,
    ),
    rule(
        "cease_contact.es.unseen",
        STRONG,
        "{eliminen|borren|supriman|quiten|eliminad|borrad|elimine|borre} {este|mi|nuestro|el} {numero|telefono|numero de telefono}",
        "{revoco|retiro|revocamos|retiramos} {mi|nuestro} consentimiento _4 {contactado|contactada|contactados|llamado|llamada|llamadas|contacto|llamar|contactar}",
        "{cualquier|todo|toda} {nuevo|nueva|otro|otra}? {contacto|llamada|comunicacion|intento de contacto} _4 {denunciad*|denuncia|acoso|reportad*}",
        negatable=False,
    ),
    rule(
        "cease_contact.de.unseen",
        STRONG,
        "{schicken|senden|schreiben} sie {mir|uns} {bitte}? keine {sms|nachrichten|textnachrichten|e mails|emails|mails|briefe} mehr",
        "{loschen|entfernen|streichen} sie {bitte}? {diese|meine|unsere|die} {nummer|telefonnummer|handynummer|mobilnummer|rufnummer}",
        "{widerrufe|widerrufen} _3 {einwilligung|zustimmung|einverstandnis|einverstandniserklarung} _3 {kontaktaufnahme|kontakt|anrufe|anrufen|kontaktierung|werbeanrufe}",
        "{jeder|jede|jegliche|jeglicher} {weitere|weiterer|kunftige|kunftiger}? {kontaktversuch|kontaktaufnahme|anruf|kontakt} _4 {anzeige|angezeigt|gemeldet|belastigung}",
        negatable=False,
    ),
)

# Families written for the dev misses of dev24/dev27 and for the ways people tell them, in
# EN/FR/DE/ES (tests/inbox/test_legal_recall_more.py): a receiver appointed by a lender, the
# estate of a deceased sole trader, a business closed for good, writing-only requests, staff
# told not to discuss the account, a matter passed to the legal department or the lawyers'
# letter attached.
_GONE_FOR_GOOD = "{for good|permanently|definitively|down|its doors|our doors|for the last time}"
# What a business is, by its trade ("Mesa Animal Clinic closed its doors permanently", "the pub has
# shut for good"). Not a part of one (a branch, an office, a site: _PART_WORDS).
_BUSINESS_EN = (
    "{business|company|shop|firm|store|practice|restaurant|bakery|salon|studio|workshop|factory|venture|partnership|"
    "clinic|pharmacy|chemist|surgery|dental practice|vet practice|veterinary practice|hotel|guesthouse|hostel|cafe|"
    "coffee shop|pub|bar|bistro|diner|deli|garage|gym|agency|brewery|winery|distillery|farm|nursery|daycare|creche|"
    "boutique|gallery|florist|butcher|butchers|spa|laboratory|lab|school}"
)
# The same trades in the other languages' closure rules (nouns only; the articles stay in the rules).
_BUSINESS_DE = (
    "{geschaftsbetrieb|betrieb|tatigkeit|geschaftstatigkeit|geschaft|gewerbe|laden|restaurant|handel|weinhandel|praxis|"
    "arztpraxis|zahnarztpraxis|tierarztpraxis|klinik|apotheke|hotel|pension|gasthaus|gasthof|cafe|kneipe|bar|lokal|"
    "werkstatt|autowerkstatt|garage|fitnessstudio|agentur|brauerei|hof|bauernhof|gartnerei|boutique|galerie|kanzlei|"
    "salon|studio|atelier|backerei|metzgerei|kita}"
)
_BUSINESS_ES = (
    "{la empresa|el negocio|la tienda|la sociedad|el local|la clinica|la farmacia|el hotel|el bar|el restaurante|"
    "la cafeteria|el taller|el gimnasio|la consulta|la panaderia|la peluqueria|la cerveceria|la granja|el vivero|"
    "la guarderia|la galeria|la boutique|el despacho}"
)
_BUSINESS_IT = (
    "{attivita|negozio|azienda|ditta|societa|bottega|ristorante|bar|laboratorio|studio|impresa|esercizio|clinica|"
    "farmacia|ambulatorio|albergo|hotel|caffe|pub|officina|palestra|agenzia|birrificio|fattoria|vivaio|boutique|"
    "galleria|panetteria|salone}"
)
_BUSINESS_NL = (
    "{activiteiten|zaak|winkel|bedrijf|praktijk|onderneming|vennootschap|kliniek|apotheek|hotel|cafe|kroeg|bar|"
    "restaurant|garage|sportschool|brouwerij|boerderij|kwekerij|boetiek|galerie|bakkerij|salon}"
)
_BUSINESS_PT = (
    "{loja|empresa|negocio|atividade|estabelecimento|restaurante|oficina|clinica|farmacia|consultorio|hotel|cafe|"
    "bar|ginasio|agencia|cervejaria|quinta|viveiro|boutique|galeria|padaria|salao}"
)
INSOLVENCY = INSOLVENCY + (
    rule(
        # "AIB appointed a receiver over Corrib Fitout", "the bank has put in a receiver":
        # a lender's enforcement, told in the active voice.
        "insolvency_notice.en.receiver_appointed",
        STRONG,
        "appointed {a|an|the}? {joint|interim|provisional|official|fixed charge|administrative}? {receiver|receivers|liquidator|liquidators|receiver and manager}",
        "appointed {a|an|the}? {joint|interim|provisional}? {administrator|administrators|examiner} {over|to the company|to the business|of the company}",
        # The office holder named between: "an order appointing Desert Receivership Group LLC as receiver".
        "{appointing|appointed|appoints} _6 as {joint|interim|provisional|court appointed|the}? {receiver|receivers|"
        "receiver and manager|liquidator|liquidators|examiner|administrators|trustee in bankruptcy|bankruptcy trustee}",
        "{bank|banks|lender|lenders|debenture holder|debenture holders|secured lender|bondholders} {has|have|had}? {now}? {appointed|put in|sent in|called in} {a|an|the}? {receiver|receivers|administrator|administrators}",
        "{everything|all payments|payments|all matters|all decisions} {now}? {goes|go|must go|has to go|have to go|will go} through the {receiver|receivers|administrator|administrators|liquidator|liquidators}",
        # FR/DE/ES receivership and court administration without the words of a collective procedure.
        "administrateur {provisoire|sequestre}",
        "*zwangsverwalt*",
        "{administrador|administradora|administracion|intervencion|intervenida|intervenido} judicial",
    ),
    rule(
        # The customer (a sole trader) has died: the debt is now the estate's, dealt with by the
        # executors or the family's solicitors. Not "real estate", nor a death alone ("our
        # bookkeeper passed away, sorry for the delay").
        "insolvency_notice.en.deceased_estate",
        STRONG,
        "{his|her|their|the} {late}? {father|mother|husband|wife|dad|mum|partner|owner|proprietor|brother|sister|son|daughter}? {'s|'}? estate {is|are|was|will be|has been|have been}? {now}? {being}? {handled|dealt with|administered|managed|settled|wound up|looked after|in probate}",
        "estate of the late",
        "the late {mr|mrs|ms|miss|dr} _2 {'s|'}? {estate|business|account|affairs}",
        "{executor|executors|executrix|personal representative|personal representatives} {of|for|to} {the|his|her|my|our} {late}? {estate|father|mother|husband|wife|will}",
        "{grant of probate|letters of administration|probate is|probate has|awaiting probate|until probate|apply for probate|applying for probate}",
        "{owner|proprietor|sole trader|sole proprietor|founder} _4 {died|passed away|has died|has passed away|deceased}",
        "{traded|trading|trades} as _6 {died|passed away|has died|has passed away}",
        "{reglement|liquidation} de la succession",
        "notaire {charge|en charge|qui gere|qui regle|qui s occupe} de la succession",
        "{sa|la} succession {est|sera} {geree|reglee|traitee|ouverte}",
        "{heritiers|ayants droit} {de|du|de feu}",
        "*nachlassverwalt*",
        "*nachlasspfleg*",
        "*testamentsvollstreck*",
        "{erbengemeinschaft|erbschein}",
        "nachlass {des|der|von|meines|meiner|unseres|unserer} {verstorbenen}?",
        "{albacea|albaceas|testamentaria|herederos de|herencia de|herencia yacente}",
        blockers=("real",),
    ),
    rule(
        # A business closed for good or wound down ("has closed down", "closed its doors",
        # "cessation d'activité", "Gewerbe abgemeldet", "cese de actividad"): not "the office is
        # closed for Christmas" nor a closing-down sale.
        "insolvency_notice.en.closure",
        MEDIUM,
        f"{_BUSINESS_EN} {{has|have|had|is|was}}? {{now}}? {{closed|shut|closing|shutting}} {_GONE_FOR_GOOD}",
        f"{{closed|shut|closing|shutting}} {{down}}? the {_BUSINESS_EN} {{for good|permanently|down}}",
        "{ceased|ceasing|stopped} {all}? {operations|business operations|to trade|all activities}",
        "{winding|wound|wind} down {the|our|its|my} {business|company|operations|activities|affairs}",
        "{cessation|cesse|cesser|arret|arrete} {definitive|definitivement|totale|totalement}? {de|son|sa|notre|nos|toute|toutes|d}? {activite|activites|exploitation}",
        "fermeture definitive",
        "{ferme|fermee|fermer|fermons} definitivement",
        "mise en sommeil",
        "{gewerbe|geschaft|firma|betrieb|unternehmen} _3 {abgemeldet|aufgegeben|endgultig geschlossen|geloscht}",
        "{geschaftsbetrieb|betrieb|geschaft} _3 {endgultig|dauerhaft} {eingestellt|geschlossen}",
        "{cese|cierre|cesamos|cesado|cerrado} {definitivo|definitivamente}? de {la|su|nuestra|toda}? {actividad|actividades}",
        "{cierre|cerrado|cerramos|cerrar} definitiv*",
        f"{{hemos|ha|han}} cerrado {_BUSINESS_ES} {{definitivamente|para siempre}}?",
        blockers=("sale", "sales", "if", "unless", "may", "might", "could", "would", "before", "avant", "bevor", "antes",
                  "wegen", "vente", "raumungsverkauf", "liquidacion", "si", "falls", "wenn"),
    ),
    rule(
        # The same, told with its own negation ("has closed and won't be trading again").
        "insolvency_notice.en.closed_for_good",
        STRONG,
        f"{_BUSINESS_EN} {{has|have|is}}? {{closed|shut}} {{down}}? {{and|,}} {{will not|won't|will never|is not|isn't}} {{be}}? {{trading|reopening|reopen}}",
        "{will not|won't|will never} be trading again",
        "no longer trading {.|,|!|;|and|as|since|from}",
        "ne {rouvrira|reouvrira|reprendra} {pas|jamais|plus}",
        "{no volvera|no vamos a volver} a {abrir|operar}",
        negatable=False,
        blockers=("if", "unless", "si", "falls", "wenn"),
    ),
)

# A business closed for good, told by its owner with its name (or what it was) between the verb
# and the adverb: "we closed Rosa's Kitchen for good on Sunday", "cerramos La Palmera
# definitivamente", "nous avons fermé le Café des Arts définitivement", "wir haben die Bäckerei
# Huber endgültig geschlossen". Not a branch, an office or an account closed for good
# (_PART_WORDS), nor "if we close for good" (blockers).
_CLOSED_NAMED_NAME = "insolvency_notice.any.closed_named"
INSOLVENCY = INSOLVENCY + (
    rule(
        _CLOSED_NAMED_NAME,
        MEDIUM,
        "{we|i} {have|'ve|had|'d|finally}? {closed|shut} {down|up}? _5 {for good|permanently|for the last time}",
        "{we|i} {have|'ve|had|finally}? {closed|shut} {our|the|my} doors {for good|permanently|for the last time}?",
        "{avons|ai|a|ont|fermons|fermerons} {ferme|fermer}? _5 {definitivement|pour de bon|pour toujours}",
        "{avons|ai|ont} {ferme|baisse} {le|notre|mon} rideau",
        "{haben|habe|hat} _7 {endgultig|dauerhaft|fur immer} {geschlossen|zugemacht|zugesperrt|aufgegeben|dichtgemacht}",
        "{schliessen|schliesse} _5 {endgultig|dauerhaft|fur immer}",
        "{cerramos|cerre|cerraron|hemos cerrado|he cerrado|cerraremos} _5 {definitivamente|para siempre|de forma definitiva|de manera definitiva}",
        "{cerramos|cerre|hemos cerrado|he cerrado} {las|nuestras} puertas",
        blockers=("if", "unless", "si", "falls", "wenn", "would", "could", "may", "might", "whether", "ob", "before",
                  "avant", "bevor", "antes", "vielleicht", "quizas", "maybe", "perhaps", "consider", "considering"),
    ),
)
# A business that closed its doors for good, whoever says it and whatever its name ("Mesa Animal
# Clinic closed its doors permanently on November 13", "la librairie a fermé définitivement ses
# portes", "hat seine Türen für immer geschlossen", "cerró sus puertas para siempre", "heeft
# haar deuren definitief gesloten", "ha chiuso definitivamente i battenti"): the doors and the
# adverb together say the business is gone. Not a branch, an office or a site (_PART_WORDS just
# before, see _near_miss), nor "closed its doors for the holidays" (no adverb of finality).
_DOORS_CLOSED_NAME = "insolvency_notice.any.doors_closed"
INSOLVENCY = INSOLVENCY + (
    rule(
        _DOORS_CLOSED_NAME,
        STRONG,
        "{closed|shut|closing|shutting} {its|their|our|his|her|my|the} doors {permanently|for good|for the last time|definitively|forever|for ever}",
        "{permanently|definitively} {closed|shut} {its|their|our|his|her|my|the} doors",
        "{ferme|fermer|fermons|fermera|fermeront} {ses|leurs|nos|mes|les} portes {definitivement|pour de bon|pour toujours}",
        "{ferme|fermer|fermons|fermera|fermeront} {definitivement|pour de bon|pour toujours} {ses|leurs|nos|mes|les} portes",
        "{endgultig|dauerhaft|fur immer} {seine|ihre|unsere|meine|die} {turen|tore|pforten} {geschlossen|schliessen|zugemacht}",
        "{seine|ihre|unsere|meine|die} {turen|tore|pforten} {endgultig|dauerhaft|fur immer} {geschlossen|schliessen|zugemacht}",
        "{cerro|cerraron|cerramos|cerrado|cerrara|cerraremos|cerrar} {sus|nuestras|las} puertas {definitivamente|para siempre|de forma definitiva|de manera definitiva}",
        "{cerro|cerraron|cerramos|cerrado|cerrara|cerraremos|cerrar} {definitivamente|para siempre} {sus|nuestras|las} puertas",
        "{zijn|haar|hun|onze|mijn|de} deuren {definitief|voorgoed|voor altijd|voor goed} {gesloten|dichtgedaan|sluiten|dicht}",
        "{definitief|voorgoed} {de|zijn|haar|hun|onze|mijn} deuren {gesloten|dichtgedaan|gesloten hebben|sluiten}",
        "{chiuso|chiudere|chiude|chiudera|chiuderemo|chiudiamo} {i|i suoi|i nostri|le|le sue|le nostre} {battenti|porte|serrande|saracinesche} {definitivamente|per sempre}",
        "{chiuso|chiudere|chiude|chiudera|chiuderemo|chiudiamo} {definitivamente|per sempre} {i|i suoi|i nostri|le|le sue|le nostre} {battenti|porte|serrande|saracinesche}",
        "{fechou|fecharam|fechamos|fechar|fechara|encerrou|encerraram|encerramos} {as|as suas|as nossas} portas {definitivamente|de vez|para sempre}",
        # (not "se"/"als", the reflexive "s'est" and "as" as often as "if")
        blockers=("if", "unless", "would", "could", "may", "might", "whether", "maybe", "perhaps", "consider",
                  "considering", "before", "si", "avant", "falls", "wenn", "ob", "bevor", "vielleicht", "antes",
                  "quizas", "prima", "qualora", "indien", "voordat", "misschien", "caso"),
    ),
)
_PART_WORDS = frozenset({
    "branch", "branches", "site", "sites", "office", "offices", "location", "locations", "account", "accounts",
    "ticket", "case", "file", "line", "lines", "depot", "warehouse", "unit", "outlet", "kiosk", "stand", "stall",
    "window", "door", "gate", "road", "street", "lane", "route", "plant", "division", "department", "section", "card",
    "succursale", "agence", "filiale", "antenne", "bureau", "bureaux", "compte", "dossier", "entrepot", "point",
    "niederlassung", "zweigstelle", "standort", "konto", "akte", "lager", "abteilung", "aussenstelle", "nebenstelle",
    "sucursal", "sucursales", "oficina", "oficinas", "cuenta", "expediente", "almacen", "delegacion", "sede",
    "second", "other", "one", "deuxieme", "autre", "zweite", "andere", "segunda", "segundo", "otra", "otro",
})


# Near misses read with the insolvency matches (without_third_party): hearsay about someone
# ("he'd heard Hallam & Reeve had gone into administration", "seen in the trade press that
# ..."), and an insolvency told of a named third party just after the phrase ("the liquidation
# of a main contractor", "la liquidation d'un de nos clients", "die Insolvenz eines Kunden").
_THIRD_NOUN = (
    "{contractor|contractors|customer|customers|client|clients|supplier|suppliers|subcontractor|subcontractors|"
    "competitor|competitors|distributor|distributors|debtor|debtors|tenant|tenants|partner|partners|buyer|buyers|"
    "client|cliente|clients|clientes|fournisseur|fournisseurs|sous traitant|sous traitants|concurrent|concurrents|"
    "debiteur|debiteurs|kunden|kunde|kundin|lieferanten|lieferant|auftraggeber|auftraggebers|kunden|mandanten|abnehmer|"
    "subunternehmer|subunternehmers|wettbewerber|wettbewerbers|konkurrenten|proveedor|proveedores|subcontratista|"
    "subcontratistas|competidor|competidores|deudor|deudores|contratista|contratistas}"
)
HEARSAY: tuple[Rule, ...] = (
    rule(
        "third_party.any.hearsay",
        STRONG,
        "heard {that|it said|people say|say|said|talk|rumours|rumors}?",
        "{seen|read|saw} {it}? {in|on} the {trade}? {press|news|papers|paper|newspaper|newspapers|gazette}",
        "{press|news|newspaper|media} {reports|report|reported|says|said} {that}?",
        "{entendu|oui} dire",
        "{il parait|il semblerait|on me a dit|on nous a dit|on dit} que",
        "{lu|vu} dans la presse",
        "{gehort|gelesen} , dass",
        # "uns ist zu Ohren gekommen, dass ...", "in der Branche wird erzählt", "people are saying"
        "zu ohren gekommen",
        "{erzahlt|gemunkelt|behauptet|geredet} {wird|werde}",
        "{people|some|others|some people} {are|were} {saying|claiming|spreading}",
        "{word|talk} {is going round|is going around|going round|going around|in the trade|in the industry|on the street}",
        "word is that",
        "{on raconte|on pretend|circule|circulent|bruit court|court le bruit} {que}?",
        "{se dice|se comenta|se rumorea|corre el rumor|corre la voz|andan diciendo} {que}?",
        "{gehort|gelesen} dass",
        "in der {presse|zeitung} {gelesen|gesehen|stand}",
        "{he|hemos|han} {oido|escuchado|leido} que",
        "{segun|lei en|leido en|visto en} la prensa",
        "dicen que",
        # what the creditor's own staff told someone: "votre commercial a évoqué une « procédure
        # collective »", "your rep mentioned to our buyer that ...": reported, not announced.
        "votre {commercial|commerciale|representant|collegue|technicien|chauffeur} {a|aurait}? {evoque|mentionne|parle|dit|laisse entendre|affirme}",
        "su {comercial|representante|colega|tecnico} {ha}? {mencionado|menciono|dicho|dijo|comentado|comento}",
        "ihr {aussendienst|aussendienstler|vertreter|mitarbeiter|kollege|verkaufer} {hat}? {erwahnt|gesagt|behauptet|erzahlt|angedeutet}",
        "your {rep|sales rep|salesman|salesperson|representative|colleague|driver|account manager} {has}? {mentioned|said|told|suggested|hinted|claimed}",
        negatable=False,
    ),
)
# The writer is a creditor in someone else's procedure: "we have lodged our claim with the
# liquidator", "nous avons déclaré notre créance auprès du liquidateur", "wir haben unsere
# Forderung beim Insolvenzverwalter angemeldet", "hemos comunicado nuestro crédito a la
# administración concursal". Like hearsay, the insolvency named after it is not the writer's.
_OWN_CLAIM_NAME = "third_party.any.own_claim"
_OWED_NAME = "third_party.any.owed_to_us"
OWN_CLAIM: tuple[Rule, ...] = (
    rule(
        _OWN_CLAIM_NAME,
        STRONG,
        "{we|i} {have|'ve|had|already}? {lodged|filed|submitted|registered|sent|made|proved} {our|my|a} {claim|claims|proof of debt|proof of claim|proofs of debt}",
        "{nous avons|avons|j ai|ai|nous} {deja}? {declare|produit|depose|envoye|adresse} {notre|nos|ma|mes} {creance|creances|declaration de creance|declaration de creances}",
        "{wir haben|haben wir|ich habe|habe ich} {unsere|meine} {forderung|forderungen}",
        "{hemos|he|ya hemos} {comunicado|presentado|insinuado|enviado} {nuestro|nuestros|mi|mis} {credito|creditos}",
        # "To lodge our claim with the curator we need the signed delivery notes."
        "{to|in order to} {lodge|file|submit|register|prove} {our|my} {claim|claims|proof of debt|proof of claim}",
        "{pour|afin de} {declarer|produire} {notre|nos|ma|mes} {creance|creances}",
        "um {unsere|meine} {forderung|forderungen} _4 {anzumelden|geltend zu machen}",
        "para {comunicar|presentar|insinuar} {nuestro|nuestros|mi|mis} {credito|creditos}",
        negatable=False,
    ),
    rule(
        # "We're owed just over £48k by them and the administrators are saying ...", "ils nous
        # doivent 12 000 € et le liquidateur ...": the writer is a creditor of whoever is insolvent
        # next in the sentence.
        _OWED_NAME,
        STRONG,
        "{we are|i am|we were|i was} {still}? owed",
        "{they|he|she} {owe|owes|owed|still owe|still owes} {us|me}",
        "{ils|elles|il|elle} {nous|me} {doivent|doit|devaient|devait}",
        "{sie|er} {schuldet|schulden|schuldete|schuldeten} {uns|mir}",
        "{nos|me} {debe|deben|debia|debian|adeuda|adeudan|adeudaba|adeudaban}",
        negatable=False,
    ),
)
# Whoever owes the writer money, told a little after the insolvency ("went into liquidation at
# the end of August owing us the season's fees"): someone else's, when no "we"/"I" precedes it.
OWING_AFTER: tuple[Rule, ...] = (
    rule(
        "third_party.any.owing",
        STRONG,
        "{owing|owes|owed} {us|me|our company|our business}",
        "{leaving|left} {us|me} {owed|out of pocket|unpaid|with unpaid|with bad debts|with a bad debt}",
        "{en nous devant|nous laisse|nous laissant|nous laissent}",
        "{debiendonos|debiendome|dejandonos a deber|dejandonos}",
        "{und schuldet|schuldet} {uns|mir}",
        negatable=False,
    ),
)
_OWING_GAP = 10
THIRD_PARTY_AFTER: tuple[Rule, ...] = (
    rule(
        "third_party.any.after",
        STRONG,
        # "One of the builders we worked for went into liquidation owing us $400K": whoever owes
        # the writer money is a debtor of theirs, not the writer.
        "{owing|owes|owed} {us|me|our company|our business} _3",
        "{leaving|left} {us|me} {with|owed|out of pocket|unpaid}",
        "en nous devant",
        "{debiendonos|debiendome|dejandonos a deber}",
        # "la faillite de l'armateur", "the liquidation of the shipowner": a party of the transport chain
        "{de|du|d} {l|le|la}? {armateur|transporteur|affreteur|transitaire|compagnie maritime}",
        "of the {shipowner|ship owner|shipping line|ocean carrier|carrier|vessel owner|haulier|forwarder}",
        "{der|des} {reederei|reeders|spedition|spediteurs|frachtfuhrers}",
        "{de|del} {la}? {naviera|armador|transportista|fletador|transitario}",
        "{und schuldet|schuldet} {uns|mir}",
        f"{{of|at|for}}? {{a|an|one of our|one of my|one of their|two of our|several of our|some of our|our|their|the}} {{main|major|key|big|large|largest|biggest|former|other}}? {_THIRD_NOUN}",
        f"{{de|du|des|d}} {{un|une|notre|nos|un de nos|une de nos|plusieurs de nos|le un de nos}} {{principal|principaux|gros|grand|grands|importants|ancien}}? {_THIRD_NOUN}",
        f"{{eines|einer|unseres|unserer|des|der|mehrerer}} {{unserer}}? {{grossten|wichtigsten|grosseren}}? {_THIRD_NOUN}",
        f"{{de|del}} {{un|una|uno de nuestros|una de nuestras|nuestro|nuestra|varios de nuestros|nuestros}} {{principal|principales|mayor|gran}}? {_THIRD_NOUN}",
        negatable=False,
    ),
)

# "We would ask that ..." is polite, not hypothetical: the conditional words only.
_CONDITIONAL = tuple(word for word in _HYPOTHETICAL if word not in ("would", "could"))
_LEGAL_DEPT = (
    "{legal|group legal|legal department|legal dept|legal team|legal counsel|in house legal|in house counsel|"
    "corporate legal|solicitor|solicitors|lawyer|lawyers|attorney|attorneys|attorney 's|solicitors '|counsel}"
)
# Words that make a sentence an account handed over, not a contract being reviewed.
_MATTER_EN = "{matter|account|this|it|issue|debt|claim|file|case|dispute|invoices|invoice|balance|query|everything|correspondence}"
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        # "We'd ask that any communication about the account is made in writing, by post":
        # a writing-only request phrased as a wish.
        "cease_contact.en.writing_asked",
        STRONG,
        "{ask|asking|request|requesting|insist|insisting|require|requiring|demand|prefer} {that}? {all|any|every} {further|future}? {communication|communications|correspondence|contact|query|queries|enquiry|enquiries|inquiries|approach} _6 {in writing|by post|by letter|by registered post|by recorded delivery|by registered mail|by certified mail|in written form}",
        "{is|are|be|being} {made|sent|done|conducted|put|addressed|kept} {only|solely|exclusively|strictly} {in writing|by post|by letter}",
        "{is|are|be|being} {made|sent|conducted|put|addressed|kept} in writing",
        "{in writing|writing} {,}? {by|via} {post|letter|registered post|recorded delivery|mail}",
        "{calls|phone calls|telephone calls|visits|emails|messages|texts} _8 {have to|has to|must|need to|needs to} {stop|cease|end}",
        "{par ecrit|par courrier|par voie postale} {uniquement|exclusivement|seulement}",
        "{nur|nur noch|ausschliesslich} {per post|per brief|auf dem postweg|postalisch}",
        "{solo|solamente|unicamente|exclusivamente} por {correo postal|carta|correo ordinario}",
        blockers=_CONDITIONAL,
    ),
    rule(
        # "Our staff won't be taking calls about it", "our AP staff have been instructed not to
        # discuss the account", "please don't reach out to them or to me": leave our people alone.
        "cease_contact.en.staff",
        STRONG,
        "{staff|team|employees|colleagues|people|personnel|accounts team|ap team|receptionist|reception|switchboard} {will not|won't|will no longer|are not|aren't|do not|don't|cannot|can't|no longer} {be}? {taking|accept|accepting|answer|answering|take|returning|return|discuss|discussing|deal with|dealing with|respond to|responding to} {any}? {calls|phone calls|your calls|the account|this account|the matter|this matter|it|queries|questions}",
        "{staff|team|employees|colleagues|people|personnel|everyone|nobody|no one} {have|has|are|were|is|had}? {been}? {instructed|told|asked|advised|directed} {not to|to not|never to} {discuss|speak|talk|engage|respond|answer|take|deal|communicate}",
        "{i am|i'm|we are|we're|i have been|we have been} {told|instructed|advised} {that}? {i|we}? {must not|may not|can not|cannot|am not to|are not to|not to|should not} {discuss|speak|talk|comment|correspond|engage}",
        "{do not|don't|please don't|not to|never} {reach out to|get in touch with|contact|call|phone|ring|email|approach|chase} {them|him|her} {or|and|nor} {to}? {me|us|myself}",
        "ne {contactez|appelez|sollicitez|relancez} {plus|pas|jamais} {nos|notre|mes|mon} {collaborateurs|collaboratrices|salaries|personnel|equipe|equipes|employes|comptables|service comptable|standard}",
        "{nos|notre|mes} {collaborateurs|salaries|personnel|equipe|employes|equipes} {ne|n} {repondront|prendront|traiteront|discuteront} {plus|pas}",
        "{kontaktieren|kontaktiert|rufen|schreiben} sie {bitte}? {nicht mehr|keinesfalls|nicht} {unsere|unser|meine|die} {mitarbeiter|mitarbeiterinnen|mitarbeitenden|kollegen|buchhaltung|belegschaft|angestellten}",
        "{unsere|meine} {mitarbeiter|mitarbeiterinnen|mitarbeitenden|kollegen|buchhaltung} {sind|wurden} {angewiesen|gebeten} {,}? {keine|nicht}",
        "{no|nunca} {contacten|llamen|molesten|escriban} {a}? {nuestro|nuestros|nuestra|mi|mis} {personal|empleados|trabajadores|equipo|contable|contabilidad|plantilla}",
        "{nuestro|nuestra|el} {personal|equipo|plantilla} {no}? {tiene|ha recibido} {instrucciones|orden|ordenes} de no",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # "Please do not send me or the AP team any more reminders": like no_more_reminders, it
        # yields to a paid claim.
        "cease_contact.en.send_no_more",
        MEDIUM,
        "{do not|don't} send {me|us} _6 {any more|any further|no more|more|further} {reminders|calls|letters|emails|chasers|demands|statements}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # "The matter has been passed to our Group Legal department", "contact Group Legal only",
        # "his estate is being handled by his solicitors": from now on, the lawyers.
        "cease_contact.en.legal_handover",
        STRONG,
        f"{_MATTER_EN} {{has|have|is|was|are|had}}? {{now}}? {{been}}? {{now}}? {{passed|referred|handed|escalated|transferred|forwarded|sent|given|assigned}} {{over|on}}? to {{our|my|the|his|her|their}} {{in house|in - house|internal|external|corporate}}? {_LEGAL_DEPT}",
        f"{{passed|referred|handed|escalated|transferred|forwarded}} {{the|this}} {{matter|account|file|case|claim|dispute}} {{over|on}}? to {{our|my|the}} {_LEGAL_DEPT}",
        f"{{contact|write to|email|speak to|deal with|talk to}} {{our|my|the}}? {_LEGAL_DEPT} {{only|directly|exclusively|instead|from now on|going forward}}",
        f"{{being|is|are|will be|now}} {{handled|dealt with|managed|looked after|taken over|taken care of}} by {{our|my|his|her|their}} {_LEGAL_DEPT}",
        "{transmis|confie|remis|transfere|passe} {le dossier|ce dossier|le affaire|cette affaire|le tout}? {a|au} {notre|mon|nos|la} {service juridique|avocat|avocate|avocats|conseil|juriste|direction juridique|service contentieux}",
        "{contactez|adressez vous a|ecrivez a} {uniquement|exclusivement|desormais|directement}? {notre|le|mon} {service juridique|direction juridique|juriste|service contentieux}",
        "{an|bei} {unsere|unserer|die|der} rechtsabteilung {weitergeleitet|ubergeben|abgegeben|weitergegeben|liegt}",
        "{wenden|richten} sie sich {bitte}? {nur noch|ausschliesslich|nur}? an {unsere|die} rechtsabteilung",
        "{trasladado|remitido|pasado|derivado|enviado|trasladamos|remitimos} {el asunto|el expediente|el tema|el caso}? a {nuestro|nuestra|el|la} {departamento legal|departamento juridico|asesoria juridica|abogado|abogada|abogados|servicio juridico}",
        "{contacten|dirijanse|escriban} {unicamente|solo|exclusivamente|directamente}? {con|a} {nuestro|nuestra|el|la} {departamento legal|departamento juridico|servicio juridico}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # "Please see attached letter from our solicitors": the lawyers have written.
        "cease_contact.any.lawyer_letter",
        MEDIUM,
        # The letter is the message ("see attached letter from our solicitors."), not a point
        # of a dispute ("the letter from our attorneys about invoice 2291").
        f"{{letter|letters|correspondence|notice|notification|response|reply}} {{from|by}} {{our|my}} {_LAWYER} {{.|!|;|attached|enclosed|herewith|below}}",
        f"{{attached|enclosed|attaching|enclosing}} {{a|the|our}}? {{letter|notice}} {{from|of|by}}? {{our|my}}? {_LAWYER} {{.|!|;}}",
        "{courrier|lettre|mise en demeure|reponse|courriel} de {notre|mon|nos|mes} {avocat|avocate|avocats|conseil|cabinet|service juridique}",
        "{schreiben|brief|stellungnahme} {unseres|unserer|meines|meiner} {anwalts|anwaltin|rechtsanwalts|rechtsanwaltin|rechtsanwalte|anwalte|kanzlei|rechtsabteilung}",
        "{carta|escrito|burofax|requerimiento|respuesta} de {nuestro|nuestra|mi|nuestros} {abogado|abogada|abogados|letrado|letrada|despacho|bufete|asesoria juridica}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # A lawyer writing for the customer asks us to leave the client alone ("absteniéndose de
        # contactar directamente con nuestra clienta", "sans plus contacter notre cliente").
        "cease_contact.any.leave_client",
        STRONG,
        "{absteniendose|absteniendonos|absteniendote} de",
        "{dirijan|remitan|envien|dirija|remita} {cualquier|toda|todas|toda la|la} _8 {exclusivamente|unicamente|solo|solamente} a {este despacho|este bufete|esta asesoria|el abajo firmante|nuestro despacho}",
        "{contactar|contacten|contacte|dirigirse|llamar} {directamente}? {con|a} {nuestra|nuestro|mi} {clienta|cliente|representada|representado|mandante|poderdante}",
        "{nos dirigimos|me dirijo|escribimos|escribo} _3 en nombre y representacion",
        "{sans|ne plus|ne pas} {contacter|joindre|relancer|solliciter} {directement}? {notre|mon|ma} {cliente|client|mandante|mandant}",
        "{ohne|nicht mehr|nicht} {direkt}? {unsere|unserer|meine|meiner} {mandantin|mandantschaft|mandanten} {zu kontaktieren|zu kontaktieren|anzuschreiben|anzurufen}",
        f"{{without|rather than|instead of|and not}} {{contacting|calling|approaching|writing to}} {{our|my}} {{client|clients}} {{directly}}?",
        # Round 16 (dev102/030): a Dutch lawyer's "niet langer rechtstreeks contact op te nemen met
        # mijn cliënte", "mijn cliënt niet meer rechtstreeks te benaderen"; the same in English and
        # Italian ("no longer contact my client directly", "non contattare più direttamente il mio assistito").
        "niet {langer|meer} {rechtstreeks|direct|zelf|telefonisch}? {contact} {op}? {te}? {nemen|opnemen|zoeken} met {mijn|onze|ons} {cliente|client|clienten|clienten|lastgever|lastgeefster}",
        "{mijn|onze|ons} {cliente|client|clienten|lastgever|lastgeefster} {of|en}? _4 niet {langer|meer} {rechtstreeks|direct|telefonisch}? {te}? {contacteren|benaderen|bellen|aanschrijven|aanmanen|lastigvallen}",
        # (asked of us, not "we no longer call our client": the writer telling what they do)
        "{you|please|kindly} {to}? {no longer|not|do not|never} {contact|call|approach|write to|chase|telephone|ring} {our|my} {client|clients}",
        "non {contattare|contattate|chiamare|sollecitare|contattino} {piu}? {direttamente}? {il mio|la mia|il nostro|la nostra|i miei|i nostri} {cliente|assistito|assistita|assistiti|cliente}",
        negatable=False,
    ),
    rule(
        # Round 16: a Dutch lawyer or officer routing all correspondence to the writer ("alle
        # verdere correspondentie uitsluitend aan ondergetekende te richten"): like the English and
        # German office routing, part of an insolvency notice when an administrator writes it.
        "cease_contact.nl.office_routing",
        STRONG,
        "{correspondentie|communicatie|contact|berichten|brieven|vragen} _8 {uitsluitend|enkel|alleen|voortaan|nog} {aan|tot|via|met} {ondergetekende|mijn kantoor|ons kantoor|dit kantoor|mijn advocatenkantoor}",
        "{richt|wend|stuur} u {zich}? _4 {uitsluitend|enkel|alleen|voortaan}? {aan|tot} {ondergetekende|mijn kantoor|dit kantoor}",
        negatable=False,
        blockers=("als", "indien", "anders", "eventueel", "misschien"),
    ),
    rule(
        # "Send anything further to them and not to this address or to Mum": away from the
        # writer (a contact change) unless an insolvency or an estate is told (redirect).
        "cease_contact.en.redirect",
        STRONG,
        "{send|forward|direct|address|write} {anything|everything|all|any|it|them} {further|else|more|correspondence}? {to|with} {them|him|her} {,}? {and}? {not|rather than|instead of} {to}? {this address|this email|me|us|my mother|my father|mum|mom|dad|the family|my family}",
        negatable=False,
    ),
    rule(
        # Near misses, read by cease_contact_yields: a collector or lawyer claiming money FROM
        # us for their client ("due to our client", "remit the sum to our client account").
        "cease_contact.any.claim_on_us",
        STRONG,
        "{due|owed|owing|payable} to our client",
        "{remit|pay|transfer} _6 to our client {account|'s account|s account}?",
        "our client {'s|s}? claim against you",
        "{due|dus|dues|due} a notre {client|cliente|mandant|mandante}",
        "{unserer|unseres} {mandantin|mandanten|mandantschaft} {zustehende|zustehenden|geschuldete|geschuldeten}",
        "{adeudan|adeuda|deben} a {nuestro|nuestra|mi} {cliente|clienta|mandante|representada}",
        negatable=False,
    ),
    rule(
        # Read by cease_contact_yields: a number or line named alone ("call me on my mobile") is
        # no request; with a stop to calls it is a cease request for that channel.
        "cease_contact.any.one_line",
        STRONG,
        "{call|ring|phone|contact|text|calling|ringing|phoning|contacting} {me|us}? {on|at} {my|this|our|the} {personal|private|own}? {mobile|cell|number|phone|mobile number|cell phone|landline|switchboard|reception}",
        "{appeler|appelez|contacter|contactez|joindre} {me|nous|m}? {plus|pas}? {sur|a|au} {ce|mon|notre|le} {numero|portable|telephone|standard|mobile|poste}",
        "{appeler|appelez} {notre|le|mon} {standard|portable|accueil|numero}",
        "{llamen|llamar|llamarme|llamarnos|contacten} {me|nos}? {mas}? {a|al|en} {mi|este|nuestro|el}? {movil|telefono|numero|celular|centralita|movil personal|telefono personal}",
        "{rufen|kontaktieren} sie {mich|uns}? {nicht mehr|nicht} {auf|unter} {meinem|meiner|dieser|diesem|der|unserer} {handy|handynummer|privatnummer|mobilnummer|nummer|zentrale}",
        negatable=False,
    ),
)
# Families written for the dev misses of dev28/dev29 and the ways people tell them, in
# EN/FR/DE/ES (tests/inbox/test_legal_recall_more.py): the restructuring procedures of
# Canada (NOI, proposal trustee), Australia (small business restructuring) and Belgium
# (judicial reorganisation), the freeze on pre-filing invoices they impose, a company wound
# up at the registry, and a refusal of collection by telephone.
_BEFORE = "{before|prior to|up to|until}"
INSOLVENCY = INSOLVENCY + (
    rule(
        # "We filed an NOI on Monday", "our proposal trustee", "a small business restructuring
        # practitioner", "a procedure of judicial reorganisation (PRJ)", "the delegate judge":
        # the named officers and procedures of the CA/AU/BE restructurings, in English.
        "insolvency_notice.en.restructuring",
        STRONG,
        "{filed|file|filing|lodged|lodge|under|under an|under our|under the} {a|an|our|the}? {noi|bia proposal|division i proposal}",
        "{proposal|licensed insolvency|bankruptcy} trustee",
        "{small business|sbr} {restructuring|restructure}",
        "{restructuring|insolvency} practitioner|practitioners",
        "{put|puts|putting|propose|proposes|proposing|present|presenting|table|tabling} {a|the|our}? {restructuring|reorganisation|reorganization} plan to {our|its|the|all}? creditors",
        "{judicial|court supervised|court - supervised|court led} {reorganisation|reorganization|restructuring}",
        "{reorganisation|reorganization} by {collective|amicable} agreement",
        "{delegate|delegated} judge",
        "{enterprise|company|companies|commercial|insolvency} court {has|of|in}? _3 {granted|opened|approved|appointed|declared}",
        "gerechtelijke reorganisatie",
        "{granted|court|court - granted|court granted|statutory} {a|the}? moratorium",
    ),
    rule(
        # "I'm not allowed to pay anything invoiced before Oct 5th", "we may not pay invoices
        # dated before 18 November until the plan is approved": the freeze a filing puts on
        # earlier debts. Not "we can't pay invoices without a PO" (no date line).
        "insolvency_notice.any.prefiling_freeze",
        MEDIUM,
        f"{{not|no longer}} {{allowed|permitted|authorised|authorized}} to {{pay|settle}} _4 {{invoiced|dated|incurred|issued|raised|billed|owed}} {_BEFORE}",
        f"{{not|no longer}} {{allowed|permitted|authorised|authorized}} to {{pay|settle}} _4 {{pre filing|pre - filing|prefiling}}",
        "{pas|plus} {le droit|autorise|autorises|autorisee|autorisees|habilite|habilites} {de|a} {payer|regler|honorer} _4 {datees|datee|emises|emise|anterieures|anterieurs|echues} {avant|a le|au|a}",
        "{durfen|darf|konnen} _4 {rechnungen|forderungen|verbindlichkeiten} _4 {vor dem|vor der|aus der zeit vor} _6 {nicht|keine} {mehr}? {bezahlen|begleichen|zahlen}",
        "{no|ya no} {podemos|puedo|se nos permite|esta permitido|nos esta permitido|estamos autorizados} {a}? {pagar|abonar|atender} _4 {anteriores|previas|fechadas|emitidas} {a|al|antes}",
        "{creditor|creditors} list|lists",
        "{list|lista|liste} {of|de|des} {creditors|acreedores|creanciers}",
        "glaubigerliste|glaubigerverzeichnis",
        negatable=False,
    ),
    rule(
        # "Câblage Laurentides a cessé ses opérations", "le comptable s'occupe de fermer la
        # compagnie au Registraire", "Firma im Handelsregister gelöscht", "disolución de la
        # sociedad": a company closed or wound up at the registry, without a court procedure
        # (docs/labelling.md: ceased trading, dissolved, struck off).
        "insolvency_notice.any.registry_closure",
        STRONG,
        "{cessé|cesse|cesser|cessons|arrete|arreter|mis fin a} {ses|leurs|nos|toutes ses|toutes nos|toutes leurs} {operations|activites}",
        "{fermer|dissoudre|radier|liquider|fermons|dissolvons} {la|notre|ma} {compagnie|societe|entreprise} {au|aupres du|a le} {registraire|registre|greffe|rcs|req}",
        "{dissolution|radiation|fermeture} de {la|notre} {compagnie|societe|entreprise}",
        "{radiee|radie|radiees} {du|de le|des} {registre|registres|rcs|registraire}",
        "{barre|barrer|barrons|ferme|fermer|fermons} {les|nos} portes {pour de bon|pour toujours|definitivement}",
        "{struck|removed|deregistered} {off|from} {the}? {register|registry|companies register|companies house register}",
        "{company|business|firm|entity|corporation} _3 {deregistered|dissolved|wound up|struck off}",
        "{deregister|deregistering|dissolve|dissolving|close|closing|wind up|winding up} the {company|business|corporation} {with|at} {the}? {registrar|registry|companies house|asic|companies office}",
        "{im|aus dem} handelsregister {geloscht|geloescht|ausgetragen|geloscht worden}",
        "{loschung|auflosung} {der|unserer|meiner} {firma|gesellschaft|gmbh|ag|unternehmung}",
        "{firma|gesellschaft|gmbh|ag|unternehmen} {wurde|ist|wird} _3 {aufgelost|geloscht}",
        "{disolucion|extincion|cierre} de {la|nuestra} {sociedad|empresa|compania}",
        "{dada|dado|damos|dar} de baja {la sociedad|la empresa|en el registro|del registro|la compania}",
        "{sociedad|empresa|compania} _3 {disuelta|extinguida|liquidada}",
        "{cesado|cesamos|cesa|ceso|cese} {sus|sus|todas sus|nuestras|todas nuestras} {operaciones|actividades}",
        blockers=("if", "unless", "si", "falls", "wenn", "would", "could", "may", "might"),
    ),
)
# Families written for the dev misses of dev35/dev37 and the ways people tell them, in
# EN/FR/DE/ES (tests/inbox/test_legal_recall_more.py): the owner announcing that the company is
# about to be dissolved ("la sociedad la vamos a disolver", "we're dissolving the company", "nous
# allons dissoudre la SARL", "wir lösen die GmbH zum Jahresende auf"), and a business that stops
# its activity for good, told with the adverb that makes it final ("le cabinet cesse
# définitivement son activité", "we are ceasing trading permanently"): docs/labelling.md reads a
# business wound up, dissolved or ceasing to trade as an insolvency notice, which leads.
_COMPANY_EN = "{company|business|partnership|firm|llc|ltd|limited company|corporation|practice}"
_COMPANY_FR = "{societe|entreprise|sarl|sas|sasu|eurl|sci|structure|compagnie|scea|earl|selarl}"
_COMPANY_ES = "{sociedad|empresa|compania|sl|s.l.|sociedad limitada|cooperativa}"
_COMPANY_DE = "{gmbh|firma|gesellschaft|ug|kg|ag|ohg|gbr|unternehmen}"
_NOT_YET = ("if", "unless", "si", "falls", "wenn", "would", "could", "may", "might", "whether", "ob", "sans", "without",
            "ohne", "sin", "pourrait", "podria", "konnte", "consider", "considering", "envisageons", "envisager")
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.any.dissolution",
        STRONG,
        f"{{dissolve|dissolving|liquidate|liquidating|deregister|deregistering}} {{the|our|my}} {_COMPANY_EN}",
        f"{{the|our|my}} {_COMPANY_EN} {{is|will be|is being|is going to be|are|will now be}} {{dissolved|liquidated|deregistered}}",
        f"{{dissoudre|dissolvons|dissoudrons|liquider|liquidons|liquiderons}} {{la|notre|ma|cette}} {_COMPANY_FR}",
        f"{{la|notre|ma}} {_COMPANY_FR} {{va|vont|sera|seront|est en train de}} {{etre}}? {{dissoute|dissous|liquidee|radiee}}",
        f"{_COMPANY_FR} _3 {{allons|vais|va}} {{la}}? {{dissoudre|liquider|radier|fermer}}",
        f"{{disolver|disolvemos|disolveremos|liquidar|liquidamos|liquidaremos|extinguir}} {{la|nuestra|mi}} {_COMPANY_ES}",
        f"{_COMPANY_ES} {{la}}? {{vamos a|van a|va a|voy a|se va a|hemos decidido}} {{disolver|liquidar|cerrar|extinguir}}",
        f"{{la|nuestra|mi}} {_COMPANY_ES} {{se}}? {{disolvera|liquidara|va a disolver|va a liquidar|va a ser disuelta|sera disuelta}}",
        f"{{losen|werden|wollen|mussen}} {{wir}}? {{die|unsere|meine}} {_COMPANY_DE} _4 {{auf|auflosen|liquidieren|abwickeln|loschen lassen}}",
        f"{{die|unsere|meine}} {_COMPANY_DE} {{wird|soll|muss}} _3 {{aufgelost|liquidiert|abgewickelt}} {{werden}}?",
        blockers=_NOT_YET,
    ),
    rule(
        "insolvency_notice.any.ceased_for_good",
        STRONG,
        "{cessation|cesse|cesser|cessons|cessera|cesserons|arret|arrete|arretons|arretera|arreterons} {definitive|definitivement} {de}? {son|sa|ses|notre|nos|toute|toutes|leur|leurs|d|de}? {activite|activites|exploitation}",
        "{cease|ceases|ceased|ceasing|stop|stops|stopped|stopping|cesar|close|closes|closing} {trading|operations|operating|business|all activity|all activities|all business} {permanently|for good|definitively}",
        "{stellen|stellt|stelle|eingestellt|einstellen} _3 {endgultig|dauerhaft|fur immer} _3 {geschaftsbetrieb|betrieb|tatigkeit|geschaftstatigkeit}",
        "{geschaftsbetrieb|betrieb|tatigkeit|geschaftstatigkeit} _2 {endgultig|dauerhaft} {ein|einstellen|eingestellt}",
        "{cese|cesa|cesamos|cesara|cesaremos|cierre} {definitivo|definitivamente} {de}? {la|su|nuestra|toda}? {actividad|actividades|negocio}",
        blockers=("if", "unless", "si", "falls", "wenn", "would", "could", "may", "might", "before", "avant", "bevor",
                  "antes", "pourrait", "podria", "konnte"),
    ),
)
# The legal probes of the ninth session (tests/inbox/test_legal_paraphrases.py, written before the rules were read):
# - A company named by its legal form and said to be dissolved or struck off ("Fenwick Design Ltd
#   was dissolved last month", "la SAS Atelier Morel a été dissoute le 30 juin", "Ruiz SL ha sido
#   disuelta", "Jansen BV is ontbonden"): the registry_closure family above wants the word
#   "company"; senders name the company itself. docs/labelling.md: dissolved or struck off is an
#   insolvency notice without a court procedure. A third party's dissolution ("our supplier X Ltd
#   was dissolved") is dropped by without_third_party like any other; "if"/"would" block it.
_FORM_EN = "{ltd|ltd.|limited|llc|plc|llp|inc|inc.|corp|corp.|pty|dac|lp|company|business}"
_FORM_FR = "{sarl|sas|sasu|eurl|sa|sci|snc|sprl|srl|societe|entreprise|compagnie|association|inc}"
# - The procedure words misspelt as people type them in a hurry ("we are in administraton",
#   "the recievers were appointed", "bankrupcy", "redresement judiciaire"): the correct spellings
#   fire on their own or in the same contexts (in/into/under administration, joint administrators).
_ADMIN_TYPO = ("{administraton|adminstration|administartion|adminsitration|administation|adminitration|"
               "administraion|admistration|adminstraton|administrration}")
_ADMINISTRATOR_TYPO = ("{adminstrator|adminstrators|administartor|administartors|adminsitrator|adminsitrators|"
                       "administater|administaters|adminitrator|adminitrators|admistrator|admistrators}")
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.any.dissolved_named",
        STRONG,
        f"{_FORM_EN} {{has|have|was|is|had|got}}? {{been|now|since|just}}? {{formally|officially|voluntarily|now|finally}}? "
        "{dissolved|struck off|deregistered|wound up|removed from the register}",
        f"{_FORM_FR} _4 {{a ete|ont ete|est|sont|a|vient de etre}} {{officiellement|definitivement|formellement|amiablement}}? "
        "{dissoute|dissous|dissoutes|radiee|radie|radiees}",
        "{sl|s.l.|slu|sa|s.a.|sociedad|empresa|compania} _4 {ha sido|fue|esta|queda|quedo|ha quedado} {ya}? "
        "{disuelta|disuelto|extinguida|dada de baja}",
        "{srl|s.r.l.|spa|s.p.a.|snc|sas|societa|ditta|azienda} _4 {e stata|e stato|e|risulta} {gia}? "
        "{sciolta|sciolto|cancellata|cancellato|cessata}",
        "{bv|b.v.|nv|n.v.|vof|bedrijf|onderneming|vennootschap} _4 {is|werd|wordt} {inmiddels|per}? "
        "{ontbonden|opgeheven|uitgeschreven}",
        blockers=_NOT_YET,
    ),
    rule(
        "insolvency_notice.en.misspelt",
        STRONG,
        f"{{in|into|under|entered|entering|enter|placed in|put into}} {_ADMIN_TYPO}",
        f"{_ADMIN_TYPO} {{order|orders|proceedings|procedure|application}}",
        f"{{joint|interim|provisional|appointed}} {_ADMINISTRATOR_TYPO}",
        f"{_ADMINISTRATOR_TYPO} {{has|have|were|was|had}} {{been}}? {{appointed|instructed}}",
        "{recievership|recieverships|receivorship|recivership}",
        "{in|into|under|appointed|joint|administrative|official|fixed charge} {reciever|recievers|receivor|receivors}",
        "{bankrupcy|bankrupsy|bankruptsy|bankruptcey|bancruptcy|bankruptancy|backruptcy|bankrupty|bankrupcty|bankrupcies}",
        "{insolvancy|insolvant|insovlent|insolvecy|insolveny|insolvncy}",
        "{liqudation|liquadation|liqidation|liquidaion|liquidaton|liqudator|liqudators|liquadator|liquadators}",
        "{redresement|redressemnt|redressment|redresssement} {judiciaire|judiciare|judicaire|judiciere}?",
        "{liquidation|liquidaton|liquidatiion} {judiciare|judicaire|judiciere|judiciaires}",
        "{mandataire|administrateur|liquidateur} {judiciare|judicaire|judiciere}",
    ),
)
# A refusal of collection by telephone ("nous refusons toute relance téléphonique", "keine
# telefonischen Mahnungen mehr an unser Personal", "no more phone chasing"): stopping one
# channel of collection is a cease request (docs/labelling.md), with or without where to write.
_PHONE_CHASE_EN = "{phone|telephone|telephoned|phoned} {reminders|chasers|chasing|demands|collection|dunning|follow ups|follow - ups|calls}"
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.any.phone_refusal",
        STRONG,
        # Not "we received no phone calls about this" (a report): "no" needs "more"/"further".
        f"{{no|not accept|not accepting|will not accept|won't accept|do not accept|don't accept}} {{any}}? {{more|further}} {_PHONE_CHASE_EN}",
        f"{{refuse|refusing|not accept|not accepting|will not accept|won't accept|do not accept|don't accept}} {{any|all}}? {_PHONE_CHASE_EN}",
        f"{_PHONE_CHASE_EN} {{must|have to|has to|need to|needs to|will have to}} {{stop|cease|end}}",
        "{refuse|refusons|refuserons|n acceptons plus|n accepterons plus|n accepte plus|plus de|plus aucune|aucune} {toute|toutes|les|vos|de|aucune}? {relance|relances|rappel|rappels|sollicitation|sollicitations} {telephonique|telephoniques|par telephone}",
        "{relance|relances|rappels} {telephonique|telephoniques|par telephone} {ne sont plus|sont refusees|ne seront plus|doivent cesser}",
        "{keine|keinerlei|nicht} {weiteren|weitere|mehr}? {telefonischen|telefonische|fernmundlichen|fernmundliche} {mahnungen|zahlungserinnerungen|erinnerungen|nachfragen|anfragen|kontakte|inkassoanrufe}",
        "{mahnungen|zahlungserinnerungen|nachfragen} {per telefon|am telefon|telefonisch} _3 {nicht mehr|keine|unterlassen|einstellen|verbitte|verbitten}",
        "{rechazamos|no aceptamos|no aceptaremos|no admitimos|no admitiremos} {ninguna|ningun|mas|las|sus}? {reclamacion|reclamaciones|llamada|llamadas|gestion|gestiones} {telefonica|telefonicas|telefonico|por telefono}",
        "{ninguna|ningun|no mas} {reclamacion|reclamaciones|gestion de cobro|llamada de cobro|llamadas de cobro} {telefonica|telefonicas|telefonico|por telefono}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
    rule(
        # "Si vous avez quelque chose à nous dire, faites-le par écrit", "if you want anything
        # from us, do it in writing", "wenn Sie etwas von uns wollen, dann schriftlich": the
        # condition is the request's, so no hypothetical blocker here.
        "cease_contact.any.say_it_in_writing",
        STRONG,
        "{faites le|faites la|dites le|adressez le|envoyez le|demandez le} {uniquement|seulement}? par {ecrit|courrier}",
        "{want|need|have} {anything|something} _4 {put it|do it|do so|say it|then} {only}? in writing",
        "{wollen|mochten|brauchen|haben} _4 {dann|bitte}? {nur}? schriftlich an {mich|uns}",
        "{haganlo|hagalo|diganlo|digalo|pidanlo} {solo|solamente|unicamente}? por escrito",
        negatable=False,
    ),
)
# Families written for the dev legal misses of dev49-dev56 and the ways people tell them
# (tests/inbox/test_legal_recall_more.py): an office holder or a customer asking us to leave the
# debtor's people alone ("please do not send reminders to the company's staff", "do not call our
# site foreman or our subcontractors"), a request that points back at the calls it stops ("Bitte
# unterlassen Sie das ab sofort" after "Ihre Buchhaltung ruft mich privat an"), and a business
# stopped for good or struck off the trade register, told the Swiss way ("den Betrieb definitiv
# eingestellt", "die Einzelfirma wird im Handelsregister gelöscht").
_DEBTOR_PEOPLE_EN = (
    "{staff|employees|team|workers|foreman|site manager|site managers|site staff|subcontractors|personnel|"
    "colleagues|accountant|bookkeeper|receptionist|receptionists|directors|director|drivers|officers|managers|nurses}"
)
_DEBTOR_EN = "{the company 's|the company s|the debtor 's|the company|the debtor|the companies|our|my|its|their}"
_DUNNING_EN = (
    "{reminders|statements|demands|chasers|dunning letters|collection letters|payment requests|"
    "final demands|overdue notices|statements of account}"
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.en.leave_debtor_people",
        STRONG,
        f"{{do not|don't|never|not to|must not|are not to|is not to|no longer|should not}} {{call|phone|telephone|ring|text|approach|chase|visit|pursue|harass}} {_DEBTOR_EN} _2 {_DEBTOR_PEOPLE_EN}",
        f"{{do not|don't|never|not to|must not|are not to|is not to|no longer|should not|not}} {{send|direct|address|forward|issue}} {{any|further|any further|any more|more}}? {_DUNNING_EN} {{or|and}}? {_DUNNING_EN}? _2 to {{the|its}} {{company|company 's|company s|debtor|debtor 's|business|directors|staff|employees}}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.de.unterlassen_this",
        STRONG,
        "unterlassen sie {das|dies|dieses|derartiges|solches|so etwas} {bitte}? {ab sofort|kunftig|kunftig bitte|umgehend|sofort|in zukunft|zukunftig|ab heute|.|!}",
        "{bitte}? {unterlassen|unterlasst} sie {derartige|solche|diese|weitere} {anrufe|telefonate|besuche|nachrichten|kontaktaufnahmen|kontaktversuche}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
)
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.de.ceased_definitively",
        STRONG,
        f"{_BUSINESS_DE} _8 {{endgultig|dauerhaft|definitiv|fur immer}} {{eingestellt|einstellen|aufgegeben|aufgeben|geschlossen|schliessen|beendet}}",
        "{einzelfirma|einzelunternehmen|einzelunternehmung|kollektivgesellschaft|kommanditgesellschaft|firma|gesellschaft|gmbh|ag|genossenschaft|unternehmen} _4 {im|aus dem} {handelsregister|firmenbuch} {geloscht|ausgetragen|gestrichen}",
        "{loschung|austragung} {der|unserer|meiner|meines}? {einzelfirma|einzelunternehmens|firma|gesellschaft}? {im|aus dem} {handelsregister|firmenbuch}",
        blockers=_NOT_YET + ("before", "bevor", "wegen", "betriebsferien", "ferien", "urlaub", "saison", "winterpause",
                             "sommerpause"),
    ),
)
# Families written for the dev legal misses of dev57-dev64 and the ways people tell them, in the
# languages that had no rules (tests/inbox/test_legal_languages.py): Italian and Swiss-Italian
# procedures (fallimento, liquidazione giudiziale, concordato, moratoria concordataria, curatore,
# commissario), Dutch and Belgian ones (faillissement, curator, surseance, WCO, vereffening),
# South African ones in Afrikaans (sekwestrasie, likwidasie, besigheidsredding), Portuguese
# (falência, PER, recuperação judicial, administrador judicial) and Catalan (concurs de creditors,
# fallida, cessament d'activitat); and the requests to stop calling, write only, or go through
# the lawyer, in the same languages. Catalan is often tokenised as Spanish and Afrikaans as
# Dutch: the patterns accept both splits ("al"/"a el", "dels"/"de els").
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.it.procedura",
        STRONG,
        "fallimento|fallimenti|fallimentare|fallimentari",
        "{dichiarato|dichiarata|dichiarati|dichiarate|societa|ditta|impresa} fallit*",
        "liquidazione {giudiziale|coatta|controllata}",
        # (not "liquidazione": "abbiamo proceduto alla liquidazione della fattura n. 4521" is its payment)
        "procedura _2 {n.|nr.|n} #",
        "liquidazione {giudiziale|coatta|controllata} _2 {n.|nr.|n} #",
        "concordato {preventivo|fallimentare|minore|giudiziale|semplificato|in bianco|con riserva|in continuita}",
        "{moratoria|moratorie} {concordataria|concordatarie|provvisoria|definitiva}",
        "{domanda|procedura|procedimento|ricorso} {di}? {moratoria|concordato|concordataria|concordatario}",
        "{curatore|curatrice|curatori} {fallimentare|del fallimento|della liquidazione|della procedura|:|,}?",
        "curatela",
        "commissario {giudiziale|liquidatore|straordinario|del concordato}",
        "{nominato|nominata|nomina} {il|un|quale|come}? commissario",
        "giudice delegato",
        "{procedura|procedure} {concorsuale|concorsuali}",
        "stato di insolvenza",
        "{ammissione|insinuazione|insinuarsi|domanda di ammissione} al passivo",
        "{stato|progetto di stato} passivo",
        "{udienza di verifica|adunanza dei creditori|comunicazione ai creditori|avviso ai creditori|a tutti i creditori|ai creditori}",
        "amministrazione straordinaria",
        "composizione negoziata {della crisi}?",
        # Not a company's own "piano di ristrutturazione" (a reorganisation): the debt instruments.
        "{accordo|accordi} di ristrutturazione",
        "piano di ristrutturazione dei debiti",
        "{sovraindebitamento|esdebitazione|ccii}",
        "codice della crisi",
        "liquidatore|liquidatori|liquidatrice",
        "{srl|s.r.l.|spa|s.p.a.|sas|snc|sagl|sa|societa|ditta} in liquidazione",
        "{posta|messa|mettere|entrata|entrati|entrare} in liquidazione",
        "ufficio {dei fallimenti|esecuzione e fallimenti|fallimenti}",
    ),
    rule(
        # The debts a moratorium or a filing freezes: "non possiamo effettuare pagamenti per crediti
        # sorti prima della concessione", "crediti anteriori alla domanda".
        "insolvency_notice.it.freeze",
        MEDIUM,
        "{crediti|fatture|debiti} {sorti|sorte|anteriori|precedenti} {prima della|alla|al} {concessione|domanda|moratoria|apertura|deposito|sentenza}",
        negatable=False,
    ),
    rule(
        "insolvency_notice.it.closure",
        MEDIUM,
        "cessazione {definitiva}? _2 {attivita}",
        # Not "il conto è chiuso definitivamente": the business, named.
        f"{{chiuso|chiusa|chiudiamo|chiuderemo|cessato|cessata|chiude}} {{le|la|il|lo|nostra|nostro|la nostra|il nostro}}? {_BUSINESS_IT} {{definitivamente|per sempre}}",
        f"{_BUSINESS_IT} _3 {{chiuso|chiusa|cessata|cessato}} {{definitivamente|per sempre}}",
        f"{{chiuso|chiusa|chiudiamo|chiuderemo|cessato|cessata}} {{definitivamente|per sempre}} {{le|la|il|lo|nostra|nostro|la nostra|il nostro}}? {_BUSINESS_IT}",
        "chiusura definitiva",
        "{cancellazione|cancellata|cancellato|cancellati} {dal|dal registro|del} {registro delle imprese|registro di commercio}?",
        "{scioglimento|sciogliere|sciolta} _2 {societa|ditta|impresa}",
        blockers=_NOT_YET + ("prima", "ferie", "estiva", "natale", "stagione", "se", "qualora", "potremmo", "potrebbe"),
    ),
    rule(
        "insolvency_notice.nl.faillissement",
        STRONG,
        "faillissement*|failliet*|gefailleerd*",
        # Not a museum's curator: the article or the procedure with it.
        "{de|het|als|aangestelde|benoemde|door de|uw|onze|die|deur die} {curator|curatoren|curatrice|kurator|kurators}",
        "{curator|curatoren|curatrice|kurator|kurators} {van het|in het|van die|in die|in de} {faillissement|boedel|insolvente boedel}",
        "surseance {van betaling}?",
        "{bewindvoerder|bewindvoerders} {in|van|bij|:|,}?",
        "{schuldsanering*|wsnp|whoa|insolventieregister|insolventieverslag}",
        "rechter {-}? commissaris",
        "{gedelegeerd|gedelegeerde} rechter",
        "{gerechtelijk|gerechtelijke|collectief} {akkoord|reorganisatie}",
        # ("wij vragen een minnelijk akkoord over de prijs" is a settlement): the procedure's words with it
        "minnelijk {akkoord|reorganisatie} _6 {schuldeisers|ondernemingsrechtbank|wco|rechtbank|gerechtsmandataris|"
        "ondernemingsbemiddelaar|continuiteit}",
        "{ondernemingsrechtbank|wco|gerechtsmandataris|ondernemingsbemiddelaar} _8 minnelijk {akkoord|reorganisatie}",
        "{wco|wet continuiteit ondernemingen}",
        "{in|gerechtelijke|vrijwillige|ontbinding en} vereffening",
        "vereffenaar|vereffenaars",
        "{aangifte|aangiftes} van {schuldvordering|schuldvorderingen}",
        "{aan alle|vergadering van|lijst van|aan de|alle} {schuldeisers|skuldeisers}",
        # Afrikaans (South Africa)
        "sekwestrasie|gesekwestreer*|sekwestreer*",
        "{in|voorlopige|finale|vrywillige} likwidasie",
        "likwidasie|likwidateur|likwidateurs|likwidasiebevel",
        "besigheidsredding*",
        "bankrot*",
        "{skuldberading|skuldhersiening|administrasiebevel}",
        "onder administrasie",
        # South African English
        "business rescue",
        "{debt review|debt counselling|debt counseling|debt counsellor|debt counselor}",
    ),
    rule(
        "insolvency_notice.nl.closure",
        MEDIUM,
        "stopzetting {van}? {de|onze|alle|zijn|haar}? {activiteiten|activiteit|onderneming|zaak|praktijk}",
        f"{_BUSINESS_NL} _3 {{definitief|voorgoed}} {{gesloten|stopgezet|gestopt|dicht|beeindigd}}",
        "{bedrijf|onderneming|vennootschap|bv|besloten vennootschap} _3 {ontbonden|opgeheven|uitgeschreven}",
        "uitgeschreven uit {het|de}? {handelsregister|kvk|kbo}",
        "{besigheid|maatskappy|winkel} _3 {permanent|vir altyd} {gesluit|toegemaak}",
        blockers=_NOT_YET + ("voor", "vakantie", "verlof", "zomer", "kerst", "als", "indien", "misschien"),
    ),
    rule(
        "insolvency_notice.pt.falencia",
        STRONG,
        "falencia|falencias",
        "{declarada|declarado|empresa|sociedade} {falida|falido}",
        "{processo|procedimento} especial {de}? revitalizacao",
        "revitalizacao",
        "{recuperacao|recuperacoes} {judicial|extrajudicial|de empresas}",
        "{peap|rere}",
        "{em|ao|pedido de|requeremos o|requerimento de|no ambito do} per",
        "administrador {da insolvencia|de insolvencia|judicial provisorio}",
        "{reclamacao|reclamacoes} de creditos",
        "{lista|relacao|assembleia|assembleias} de credores",
        "{aos|todos os} credores",
        # Not "a fatura está em liquidação" (being settled): the company put into it.
        "{entrou|entramos|entraram|colocada|colocado|posta|lda|sociedade} em liquidacao",
    ),
    rule(
        "insolvency_notice.pt.closure",
        MEDIUM,
        "{encerramento|cessacao} {definitivo|definitiva}? {da|de|das}? {atividade|atividades|empresa|loja}",
        f"{{encerramos|fechamos|fechou|encerrou|encerrada|fechada|encerrado|fechado}} {{a|o|nossa|nosso|a nossa|o nosso}}? {{{_BUSINESS_PT[1:-1]}|porta|portas}} definitivamente",
        f"{_BUSINESS_PT} _3 {{encerrada|fechada|encerrado|fechado}} definitivamente",
        f"{{encerramos|fechamos|fechou|encerrou}} definitivamente {{a|o|nossa|nosso|a nossa|o nosso}}? {{{_BUSINESS_PT[1:-1]}|porta|portas}}",
        "dissolucao {e liquidacao}? {da}? {sociedade|empresa}",
        blockers=_NOT_YET + ("antes", "ferias", "se", "caso"),
    ),
    rule(
        "insolvency_notice.ca.concurs",
        STRONG,
        "concurs {de creditors|voluntari|necessari|consecutiu}",
        "{en|declaracio de|declarada en|declarat en|declarats en|sollicitud de|sol licitud de} concurs",
        "{preconcurs|pre concurs}",
        "{fet|fer|fa|feu|farem|fara|en|declarada|declarat|declarar} fallida",
        "{en|fase de} liquidacio",
        "liquidacio concursal",
        "{als|a els|a tots els} creditors",
    ),
    rule(
        "insolvency_notice.ca.closure",
        MEDIUM,
        "cessament {definitiu}? _2 {activitat|activitats}",
        "{cessat|cessem|cessarem|cessa|cessara} {le|la|l|la nostra|nostra|tota|tota la|les|les nostres} {activitat|activitats}",
        "{tancat|tancada|tancar|tanquem|tancarem|tanca} {la|el|les|nostra|nostre|la nostra|el nostre}? {botiga|empresa|negoci|activitat|local|establiment|restaurant|taller|portes} definitivament",
        "{botiga|empresa|negoci|activitat|local|establiment|restaurant|taller} _3 {tancat|tancada} definitivament",
        "tancament definitiu",
        "dissolucio {i liquidacio}? de {la|nostra|la nostra} {societat|empresa}",
        "{hem|han|ha} tancat {la|el}? {botiga|empresa|negoci|societat} {per sempre}?",
        blockers=_NOT_YET + ("abans", "vacances", "estiu", "nadal", "si"),
    ),
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        # Their own negation is the request: "non contattateci più", "non ci chiamate più",
        # "bel ons niet meer", "mij niet meer telefonisch te contacteren", "moet ons nie weer bel
        # nie", "não nos liguem mais", "no ens truqueu més".
        "cease_contact.it.non_piu",
        STRONG,
        "non {ci|mi}? {contattate*|chiamate*|telefonate*|scrivete*|cercate*|disturbate*|sollecitate*|contattarci|chiamarci|contattarmi|chiamarmi|contattare|chiamare|telefonare} {piu|ulteriormente|mai piu}",
        "non {ci|mi} {contattate|chiamate|telefonate|scrivete|cercate|disturbate|contatti|chiami|telefoni} {piu|ulteriormente}",
        "non {vogliamo|voglio|desideriamo|desidero} {piu}? {essere}? {contattati|contattate|contattato|contattata|chiamati|chiamato|disturbati|sollecitati}",
        "non {vogliamo|voglio|desideriamo|desidero} {piu}? ricevere {ulteriori|altre|altri}? {telefonate|chiamate|email|mail|e mail|comunicazioni|messaggi}",
        "{di}? non {contattarci|chiamarci|contattarmi|chiamarmi|telefonarci|telefonarmi|disturbarci} {piu|ulteriormente|direttamente}",
        "non {vogliamo|voglio|desideriamo|desidero} essere {piu|ulteriormente} {contattati|contattate|contattato|contattata|chiamati|chiamato|disturbati}",
        negatable=False,
    ),
    rule(
        "cease_contact.it.diffida",
        STRONG,
        "{diffidiamo|diffido|diffidano|diffidate|diffida} _4 {dal|dai|dalle|da|dall'|dallo|a non} {contattare|chiamare|telefonare|contattarci|contattarmi|chiamarci|molestare|disturbare|inviare|sollecitare|proseguire|continuare|importunare}",
        "{smettete|smettetela|smetta|smettila|cessate|cessi|interrompete|interrompa} {immediatamente|subito|pure}? {di}? {contattar*|chiamar*|telefonar*|scriver*|disturbar*|molestar*|importunar*|tempestar*}",
        "{cessate|cessare|cessi|interrompete|interrompere} {immediatamente|subito}? {ogni|qualsiasi|tutte le|tutti i|le|i} {contatto|contatti|telefonate|chiamate|comunicazioni|solleciti}",
        # Not "fatture solo via PEC": where invoices go is a contact update.
        "{esclusivamente|solo|soltanto|unicamente|solamente} {per iscritto|a mezzo raccomandata|tramite raccomandata|per raccomandata}",
        "per iscritto {esclusivamente|soltanto|unicamente|solamente}",
        "{rivolgetevi|rivolgersi|rivolgervi|si rivolga|contattate|contattare|contatti|scrivete} {esclusivamente|unicamente|direttamente|solo|d'ora in poi}? {al|a il|il} {nostro|mio} {avvocato|legale|studio legale|consulente legale}",
        "{tramite|attraverso|per il tramite del} {il}? {nostro|mio} {avvocato|legale|studio legale}",
        "{ogni|qualsiasi|tutte le|ulteriori|eventuali} {comunicazione|comunicazioni|corrispondenza|richiesta|richieste} _8 {nostro|mio} {avvocato|legale|studio legale}",
        negatable=False,
        blockers=("se", "qualora", "altrimenti", "potremmo", "potrebbe", "dovremmo", "eventualmente"),
    ),
    rule(
        "cease_contact.nl.niet_meer",
        STRONG,
        "{bel|contacteer|mail|schrijf|benader|stoor} {ons|mij|me} {alstublieft|aub|a.u.b.|a u b|dan ook|voortaan}? {niet|nooit} {meer|langer|nog}",
        "{ons|mij|me} {alstublieft|aub|voortaan}? {niet|nooit} {meer|langer} _3 {bellen|contacteren|mailen|e mailen|benaderen|lastigvallen|lastig te vallen|opbellen|telefoneren|aanschrijven|storen|aanmanen}",
        "{ons|mij|me} niet {meer}? {rechtstreeks|telefonisch|op het werk|thuis} _2 {te}? {bellen|contacteren|benaderen|opbellen}",
        "geen {verdere|meer} {telefoontjes|oproepen|contact|e mails|mails} {meer}? {aub|alstublieft|a.u.b.|graag|!}",
        "{stop|stopt|hou op|houd op|houdt op} {nu}? {onmiddellijk}? met {ons|mij}? {te}? {bellen|mailen|contacteren|lastigvallen|lastig te vallen|opbellen}",
        "{neem|neemt|opneemt} {geen|niet|nooit} {meer|verder}? contact {meer}? {op|met}",
        "{wensen|willen|wil|wens} {geen|niet} {verder|verdere|meer}? {contact|telefoontjes|oproepen|gebel} {meer}?",
        # Afrikaans
        "{moet|moenie} {ons|my} {asseblief|dan}? {nie|nooit|nie meer|nie weer} {meer|weer}? {bel|kontak|skakel|e pos|epos|pla|lastig val|lastigval}",
        "moenie {ons|my} {weer|meer}? {bel|kontak|skakel|pla|lastig val}",
        "hou op {om}? {ons|my}? {te}? {bel|kontak|skakel|pla|e pos}",
        negatable=False,
    ),
    rule(
        # Only our reminders: like the other stop_reminders families, it yields to a paid claim.
        "cease_contact.it.stop_reminders",
        MEDIUM,
        "non {vogliamo|voglio|desideriamo|desidero} {piu}? ricevere {ulteriori|altri}? {solleciti|sollecito|promemoria}",
        "{smettete|smettetela|smetta|cessate|interrompete} {di}? {sollecitarci|sollecitare|inviarci|inviare|mandarci|mandare} {solleciti}?",
        "{geen|niet} {verdere|meer} {aanmaningen|herinneringen|betalingsherinneringen} {meer}? {aub|alstublieft|a.u.b.|graag|!}",
        "{stop|stopt|hou op|houd op} met {het}? {sturen|versturen|aanmanen} {van}? {aanmaningen|herinneringen}?",
        "{deixem|parem|deixe|pare} de {nos|me}? {enviar|mandar} {lembretes|cobrancas|avisos}",
        "{deixeu|deixin|pareu|parin} de {enviar|reclamar} {nos|ens}? {recordatoris|reclamacions|avisos}?",
        negatable=False,
        blockers=("se", "qualora", "als", "indien", "si", "caso"),
    ),
    rule(
        "cease_contact.nl.schriftelijk",
        STRONG,
        "{enkel|alleen|uitsluitend|slechts} {nog}? {schriftelijk|per aangetekende brief}",
        "{communicatie|correspondentie|contact|contacten|vragen} _8 {enkel|alleen|uitsluitend} {nog}? {schriftelijk|via onze advocaat|via mijn advocaat|via ons advocatenkantoor}",
        "{contacteer|contacteert|neem contact op met|richt u tot|wend u tot|wendt u zich tot|richt u zich tot} {voortaan|vanaf nu|uitsluitend|enkel|alleen}? {onze|mijn} {advocaat|advocaten|raadsman|advocatenkantoor}",
        "{uitsluitend|enkel|alleen|voortaan} via {onze|mijn} {advocaat|advocaten|raadsman|advocatenkantoor}",
        "{wend|wendt|richt} u {zich|u}? _2 tot {onze|mijn} {advocaat|advocaten|raadsman|advocatenkantoor}",
        # Afrikaans
        "{slegs|net|uitsluitlik} {skriftelik|deur ons prokureur|deur my prokureur|deur ons prokureurs}",
        "{kontak|skakel|skryf aan} {slegs|net|voortaan}? {ons|my} {prokureur|prokureurs}",
        negatable=False,
        blockers=("als", "indien", "anders", "eventueel", "misschien", "as", "dalk"),
    ),
    rule(
        "cease_contact.pt.deixem",
        STRONG,
        "{deixem|deixe|parem|pare|deixar|parar|cessem|cesse} {imediatamente|ja}? de {nos|me}? {contactar*|contatar*|ligar*|telefonar*|incomodar*|importunar*|escrever*|assediar*}",
        "{nao|nunca} {nos|me} {contactem|contacte|contatem|contate|liguem|ligue|telefonem|telefone|escrevam|incomodem|importunem} {mais}?",
        "{nao|nunca} {voltem|volte} a {nos|me}? {contactar*|contatar*|ligar*|telefonar*|incomodar*}",
        # (not "peço desculpa por não entrar em contacto mais cedo": the infinitive with whom)
        "nao {entrem|entre} {mais}? em {contato|contacto}",
        "nao entrar {mais}? em {contato|contacto} {conosco|connosco|comigo}",
        "nao {queremos|quero|desejamos|desejo} {mais}? {ser}? {contactados|contatados|contactado|contatado|incomodados|importunados}",
        "nao {queremos|quero|desejamos|desejo} {mais}? receber {mais}? {chamadas|telefonemas|emails|mensagens|cobrancas|lembretes}",
        "{apenas|somente|so|exclusivamente|unicamente} por escrito",
        "por escrito {apenas|exclusivamente|unicamente}",
        "{atraves|por intermedio|por meio|por via} {do|de} {nosso|meu} {advogado|advogada|mandatario|representante legal|advogados}",
        "{contactem|contatem|contacte|contate|dirijam se|dirija se|falem com|fale com} {apenas|exclusivamente|diretamente}? {o|com o|ao}? {nosso|meu} {advogado|advogada|advogados|mandatario}",
        negatable=False,
        blockers=("se", "caso", "senao", "poderemos", "poderiamos"),
    ),
    rule(
        "cease_contact.ca.no_ens",
        STRONG,
        "no {ens|em|m|me|nos} {truqueu|truquin|truqui|truquis|contacteu|contactin|contacti|molesteu|molestin} {mes}?",
        # (not "no ens envieu la mercaderia fins dilluns": sending or writing stopped for good)
        "no {ens|em|m|me|nos} {escriviu|escriguin|envieu|enviin} mes",
        "{deixeu|deixin|deixi|pareu|parin|pari|deixar|parar} de {trucar*|contactar*|escriure*|molestar*} {nos|me|ens}?",
        "no {ens|em|m|me|nos} {torneu|tornin|torni} a {trucar|contactar|escriure|molestar}",
        "no {volem|vull|desitgem|desitjo} {que}? {ens|em|m}? {truquin|truqueu|contactin|contacteu|molestin|escriguin}",
        "{nomes|unicament|exclusivament|solament} per escrit",
        "per escrit {nomes|unicament|exclusivament}",
        "{tota|qualsevol|totes les|tots els} {comunicacio|comunicacions|correspondencia|contacte|contactes|reclamacio|reclamacions} _10 {per escrit|advocat|advocada|advocats|despatx}",
        "{adreceu vos|adrecin se|adreci se|contacteu|contactin|parleu|parlin} {directament|nomes|unicament}? {amb|a}? {el|al|a el}? {nostre|meu} {advocat|advocada|advocats|despatx}",
        negatable=False,
        blockers=("si", "sino", "podriem", "podria"),
    ),
)
# Someone else's insolvency, in the new languages: "uno dei nostri clienti è fallito", "een van
# onze klanten is failliet", "um dos nossos clientes entrou em insolvência", "un dels nostres
# clients ha fet fallida"; and, in any language, the writer's own service provider or neighbour
# ("notre prestataire de paie a été placé en liquidation judiciaire", "our payroll provider went
# into administration", "mon voisin, qui est en redressement").
_PROVIDER_NAME = "third_party.any.provider"
THIRD_PARTY = THIRD_PARTY + (
    rule(
        "third_party.it.cliente",
        STRONG,
        "{uno|una|alcuni|alcune|due|tre|diversi|molti} dei {nostri|nostre|miei} {principali|maggiori|grandi|migliori}? {clienti|fornitori|debitori|distributori}",
        # ("il nostro cliente" alone is also a lawyer's client, as "our client" in English: named with its size)
        "{un|una} {principale|maggiore|grande}? {cliente|fornitore|debitore|debitrice}",
        "{un|una} {nostro|nostra|mio|mia} {importante|importanti|principale|grande|storico|storica|vecchio|vecchia|affezionato}? "
        "{cliente|fornitore|debitore|debitrice}",
        "{il|la|nostro|nostra|il nostro|la nostra} {principale|maggiore|grande}? {fornitore|debitore|debitrice}",
        "{il|la|nostro|nostra|il nostro|la nostra} {principale|maggiore|grande} cliente",
        "{il|la|nostro|nostra|il nostro|la nostra} cliente {principale|maggiore}",
        "{il|un|nostro|il nostro|mio|il mio} {vicino|locatore|proprietario}",
        negatable=False,
    ),
    rule(
        "third_party.nl.klant",
        STRONG,
        "{een|twee|drie|enkele|sommige|verschillende|veel} van {onze|mijn|ons|my} {grootste|belangrijkste|grotere|grote|beste|vaste|oudste}? {klanten|leveranciers|afnemers|debiteuren|kliente|verskaffers}",
        "{onze|mijn|ons|my|een} {grootste|belangrijkste|vaste}? {klant|leverancier|afnemer|verskaffer|buurman|buurvrouw|buurt|verhuurder}",
        # Round 16 (dev102/055, dev102/059): whom the writer works for, or shares a building with
        # ("een van onze grootste opdrachtgevers", "een van de andere huurders in ons pand", "onze buren").
        "{een|twee|drie|enkele|sommige|verschillende|veel} van {onze|mijn|ons|de} {andere}? {grootste|belangrijkste|grotere|grote|beste|vaste|oudste}? {opdrachtgevers|huurders|medehuurders|buren|onderaannemers|aannemers|concurrenten|partners}",
        "{onze|mijn|ons|een} {grootste|belangrijkste|vaste|vroegere}? {opdrachtgever|hoofdopdrachtgever|medehuurder|buren|onderaannemer|aannemer|concurrent}",
        # ("ons kliënt" alone is an attorney's client)
        "{een|'n} {grootste|belangrijkste|vaste}? klient",
        "{onze|mijn|ons|my} {grootste|belangrijkste|vaste} klient",
        negatable=False,
    ),
    rule(
        "third_party.pt.cliente",
        STRONG,
        "{um|uma|alguns|algumas|dois|tres|varios} dos {nossos|nossas|meus} {principais|maiores|grandes|melhores}? {clientes|fornecedores|devedores|distribuidores}",
        "{um|uma} {nosso|nossa|meu|minha} {importante|grande|antigo|principal}? {cliente|fornecedor|devedor}",
        "{o|um|nosso|o nosso|meu|o meu} {principal|maior|grande}? {fornecedor|devedor|vizinho|senhorio}",
        # ("o nosso cliente" alone is also a lawyer's client)
        "um {principal|maior|grande}? cliente",
        "{o|nosso|o nosso|meu|o meu} {principal|maior|grande} cliente",
        "{o|nosso|o nosso|meu|o meu} cliente {principal}",
        # the developer or project owner a builder works for
        "{o|um|nosso|o nosso} dono {de|da} obra",
        negatable=False,
    ),
    rule(
        "third_party.ca.client",
        STRONG,
        "{un|una|alguns|algunes|dos|tres|diversos} {dels|de els} {nostres|meus} {principals|grans|millors}? {clients|proveidors|deutors|distribuidors}",
        "{el|un|el nostre|nostre|el meu} {principal|gran}? {proveidor|deutor|vei}",
        # ("el nostre client" alone is also a lawyer's client)
        "un {principal|gran}? client",
        "{el|el nostre|nostre|el meu} {principal|gran} client",
        negatable=False,
    ),
    rule(
        # Read like hearsay: the procedure that follows in the sentence, with no "we"/"I" in between,
        # is theirs ("notre prestataire de gestion de la paie et de la facturation a été placé en
        # liquidation judiciaire").
        _PROVIDER_NAME,
        STRONG,
        "{notre|nos|un|une|le|la|mon|ma} {prestataire|prestataires|sous traitant|sous traitants|voisin|voisine|voisins|editeur de logiciel|cabinet de paie}",
        "{our|my|a|an|the} {service provider|payroll provider|payroll bureau|software provider|it provider|logistics provider|provider|providers|neighbour|neighbours|neighbor|neighbors|outsourcer}",
        "{unser|unsere|unseren|unserem|ein|eine|mein|meine} {dienstleister|lohnburo|softwareanbieter|abrechnungsdienstleister|nachbar|nachbarn|nachbarin}",
        "{nuestro|nuestra|un|una|mi} {proveedor de servicios|prestador de servicios|proveedor de software|vecino|vecina|vecinos}",
        negatable=False,
    ),
)
# Families written for the legal misses of dev65-dev72 and the ways people tell them
# (tests/inbox/test_legal_round10.py): a Scottish trust deed or a DS01 strike-off, the Spanish
# pre-insolvency filing by its article (art. 585 TRLC), a Swiss "radiation au registre du
# commerce", an Italian "abbiamo cessato l'attività"; a request to write "rather than calling",
# "no volver a llamar", "neem geen contact meer op", "uitsluitend via mr. ...".
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.en.trust_deed",
        STRONG,
        # Not the trust deed of a pension scheme or a property: one signed or protected.
        "{protected|signed|signing|sign|granted|granting|grant|entered|entering|into|under} {a|the|my|our}? trust deed",
        "trust deed {trustee|proposal|for creditors|for my creditors}",
        "ds01",
        "{apply|applied|applying|application|applications} {to|for} {strike|striking|be struck} {the company|it|us|the business|ourselves}? off",
        "{strike|striking} {the company|the business|the firm|the limited company|the ltd} off",
        "{compulsory|voluntary} strike {-}? off",
    ),
    rule(
        "insolvency_notice.es.preconcurso",
        STRONG,
        "{articulo|art.|art} 585 {del|de la}? {trlc|ley concursal|texto refundido|lc}?",
        "trlc",
        "comunicacion de apertura de negociaciones",
    ),
    rule(
        "insolvency_notice.fr.registry_closure",
        STRONG,
        "radiation {au|du|de le|a le|de la|dans le} {registre|rc|registre du commerce|registre de commerce}",
        "{radiee|radie|radiees|radies} {au|du|de le|a le} {registre|rc}",
        blockers=_NOT_YET,
    ),
    rule(
        "insolvency_notice.it.ceased_for_good",
        MEDIUM,
        "{cessato|cessata|cessati|cessare|cessiamo|cesseremo|cessazione} {la|le|la nostra|nostra|ogni|della|dell|della nostra} attivita",
        # (not "liquidazione" alone: the payment of an invoice)
        "{in|la|nostra|la nostra|messa in|posta in|procedura di} liquidazione volontaria",
        "{chiuso|chiusa|chiudere|chiudiamo|chiuderemo|chiusura} {la|della|anche la}? partita iva",
        blockers=_NOT_YET + ("prima", "ferie", "estiva", "natale", "stagione", "se", "qualora", "potremmo", "potrebbe",
                             "temporaneamente", "temporanea"),
    ),
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        # "Please send any more paperwork rather than calling", "email me instead of ringing":
        # one channel of collection contact stopped (docs/labelling.md).
        "cease_contact.en.rather_than_calling",
        STRONG,
        "{write|email|e mail|send|post|letter|letters|paperwork|writing|emails|mail|text|texts|message} _6 {rather than|instead of} {calling|phoning|ringing|telephoning|a call|calls|phone calls|the phone}",
        "{rather than|instead of} {calling|phoning|ringing|telephoning} {me|us|my|our|the house|my home}? {,}? {please}? {write|email|e mail|send|put it in writing}",
        "{not|no longer|won't be|will not be} {taking|accepting|answering} {any}? {more|further}? {calls|phone calls|telephone calls}",
        negatable=False,
        # (not "could" or "would": "could you email rather than calling?" is the request itself)
        blockers=("if", "unless", "otherwise", "whether"),
    ),
    rule(
        # A solicitor's "We act for Mr Lowe. Please address all further correspondence to us."
        "cease_contact.any.lawyer",
        STRONG,
        "{we|i} {act|now act|are acting|am acting|are now acting|have been instructed to act|are instructed to act} for _10 {correspondence|communications|communication|contact|enquiries} _4 {to us|to this firm|to this office|through us|through this firm|with this firm}",
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.es.no_volver",
        STRONG,
        "no volver a {llamar*|marcar*|contactar*|telefonear*|escribir*|molestar*|buscar*|visitar*}",
        "no {vuelvan|vuelva|volvais|vuelvas} a {marcar*|telefonear*|buscar*|visitar*}",
        negatable=False,
        blockers=("si", "sino", "podriamos", "podria"),
    ),
    rule(
        "cease_contact.nl.geen_contact",
        STRONG,
        "{neem|neemt|opnemen} _5 geen contact {meer}? {op|met}",
        "geen contact meer {op|met} {met}? {mij|ons|de|onze|mijn}",
        "{uitsluitend|enkel|alleen} {nog}? via {mr|mr.|meester|advocaat|advocate|de advocaat|onze advocaat|mijn advocaat|ons advocatenkantoor|de raadsman|onze raadsman|onze advocaten}",
        negatable=False,
        blockers=("als", "indien", "anders", "eventueel", "misschien"),
    ),
)
# Round 13 (the arrival of dev80-dev87): a Portuguese lawyer routing all contact through the
# firm ("toda a comunicação ... dirigida exclusivamente a este escritório, abstendo-se V. Exas. de
# contactar diretamente a minha constituinte"), "não enviem mais cobranças" and a liquidator's
# "aucune relance ne doit plus être adressée au débiteur" (stop-reminder families: they yield to
# a paid claim), and a Portuguese owner closing for good ("encerrou definitivamente as portas",
# "os sócios decidiram cessar a atividade", "vai entrar em processo de dissolução e liquidação").
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.pt.lawyer_routing",
        STRONG,
        "{exclusivamente|unicamente|apenas|somente} {a|ao|para|para o|a este|ao nosso|ao meu|com este|com o|por este|atraves deste} "
        "{escritorio|advogado|advogada|mandatario|mandataria|signatario|signataria}",
        "{abstendo se|abstenham se|abstenha se|abster se|se abstenham|se abstenha} _4 de {contactar|contatar|contactarem|contatarem|"
        "ligar|telefonar|interpelar} {diretamente}?",
        negatable=False,
        blockers=("se", "caso"),
    ),
    rule(
        "cease_contact.pt.no_more_reminders",
        MEDIUM,
        "{nao|deixem de|parem de} {enviem|enviar|mandem|mandar|remetam} {mais} {cobrancas|lembretes|avisos|interpelacoes|"
        "avisos de cobranca|notificacoes}",
        negatable=False,
    ),
    rule(
        "cease_contact.fr.no_more_reminders",
        MEDIUM,
        "aucune {relance|relances|poursuite|mise en demeure} ne {doit|peut|pourra|devra|doivent} {plus}? {etre} "
        "{adressee|adressees|envoyee|envoyees|faite|faites|exercee|engagee}",
        negatable=False,
    ),
)
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.pt.closed_for_good",
        MEDIUM,
        "{encerrou|encerramos|encerraram|fechou|fechamos|fecharam} definitivamente {as|os|as nossas|os nossos|as suas} {portas|lojas|"
        "instalacoes|atividades}",
        "{decidiram|decidimos|decidiu|vamos|vai|iremos|ira} {cessar|encerrar} {a|as|toda a|a sua|a nossa}? {atividade|atividades}",
        "{cessou|cessamos|cessaram} {a|as|toda a|a sua|a nossa}? {atividade|atividades}",
        "{vai|ira|vamos|iremos|irá} entrar em {processo de}? {dissolucao|liquidacao|dissolucao e liquidacao|insolvencia}",
        "{processo|processos} de {dissolucao e liquidacao|dissolucao|liquidacao} {da|de} {sociedade|empresa}",
        blockers=_NOT_YET + ("se", "caso", "antes", "ferias", "cliente", "clientes"),
    ),
)
# Round 14 (the arrival of dev88-dev91): requests to stop collection contact told by what they
# take the debtor off or whom they spare, and told as an unwanted habit rather than an order.
# - Taking the debtor off our reminders: a curator's "je vous remercie de supprimer ce client de vos
#   relances", "please remove us from your reminder list", "nehmen Sie die Schuldnerin aus Ihrem
#   Mahnlauf", "sáquennos de la lista de recordatorios", "toglieteci dai vostri solleciti", "gelieve
#   ons uit uw herinneringen te verwijderen", "retirem-nos da lista de cobranças". Only a person or
#   a company taken off (not "remove invoice 4410 from your reminders"); like the other stop-reminder
#   families it yields to a paid claim ("we paid, take us off your reminders").
_TAKEN_OFF_EN = (
    "{us|me|the company|the debtor|this customer|this client|the customer|the client|our client|my client|"
    "our company|my company|our business|my business|the business|the bankrupt|the estate|our practice|our firm}"
)
_TAKEN_OFF_FR = (
    "{ce client|cette cliente|le client|la cliente|le debiteur|la debitrice|la societe|la faillie|le failli|"
    "notre societe|notre entreprise|mon client|ma cliente|notre client|notre cliente|cette societe|le entreprise|"
    "nous|moi}"
)
_REMINDER_LIST_FR = "{relance|relances|rappel|rappels|recouvrement|mises en demeure}"
_CALLS_TO_WORKPLACE = (
    "{do not|don't|never|not to|no longer|must not|are not to|should not|stop} {call|calling|phone|phoning|ring|ringing|"
    "telephone|telephoning} {our|the|my|his|her|their} {front desk|reception|reception desk|switchboard|main line|"
    "main number|landline|office line|shop|store|clinic|practice|surgery|office|workplace|work number|premises|site}"
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.any.off_reminders",
        MEDIUM,
        f"{{remove|take|delete|drop|exclude|strike|stop}} {_TAKEN_OFF_EN} {{off|from|out of}} {{your|the|all|any}}? _3 "
        "{reminder*|dunning|chaser|chasers|chasing|collection|collections|arrears}",
        f"{{supprimer|supprimez|supprimiez|retirer|retirez|retiriez|rayer|rayez|enlever|enlevez|exclure|excluez|sortir|sortez|"
        f"desinscrire|desinscrivez}} {_TAKEN_OFF_FR} de {{vos|votre|la|les|le|tous|toutes}} _3 {_REMINDER_LIST_FR}",
        "{nous|me|le|la|les} {supprimer|retirer|rayer|enlever|exclure|sortir|desinscrire|supprimiez|retiriez|rayiez} "
        f"de {{vos|votre|la|les|le|tous|toutes}} _3 {_REMINDER_LIST_FR}",
        "{uns|mich|die schuldnerin|den schuldner|die gesellschaft|die firma|unsere firma|unsere mandantin|unseren mandanten|"
        "den kunden|die kundin|die insolvenzschuldnerin} _3 aus {ihrem|ihren|ihrer|dem|der|den} _2 "
        "{mahn*|zahlungserinnerung*|erinnerungslauf|erinnerungen}",
        "{eliminen|quiten|saquen|excluyan|borren|retiren|eliminar|quitar|sacar|excluir|retirar|den de baja} {a}? "
        "{este cliente|esta clienta|la sociedad|el deudor|la deudora|la concursada|el concursado|nuestra empresa|"
        "nuestra sociedad|nuestro cliente|mi cliente|nos|me|nosotros} de {sus|su|la|las|los|toda} _3 "
        "{recordatorio|recordatorios|reclamaciones|avisos|cobro|cobros|morosos}",
        "{saquennos|quitennos|eliminennos|excluyannos|borrennos|retirennos|sacarnos|quitarnos|eliminarnos|excluirnos} "
        "de {sus|su|la|las|los|toda} _3 {recordatorio|recordatorios|reclamaciones|avisos|cobro|cobros|morosos}",
        "{rimuovere|rimuovete|rimuova|togliere|togliete|tolga|escludere|escludete|escluda|cancellare|cancellate|cancelli} "
        "{questo cliente|la societa|la fallita|il fallito|il debitore|la debitrice|la nostra societa|il nostro cliente|"
        "la nostra cliente|noi|ci|mi} {da|dai|dalla|dalle|dal|dagli} _3 {solleciti|sollecito|promemoria|recupero}",
        "{toglieteci|rimuoveteci|escludeteci|cancellateci|toglierci|rimuoverci|escluderci|cancellarci} "
        "{da|dai|dalla|dalle|dal|dagli} _3 {solleciti|sollecito|promemoria|recupero}",
        "{verwijder|verwijdert|haal|haalt|schrap|schrapt} {ons|mij|me|deze klant|de klant|de gefailleerde|de vennootschap|"
        "de schuldenaar|onze client|onze klant|het bedrijf} _2 uit {uw|jullie|de|het} _2 "
        "{herinneringen|aanmaningen|rappels|aanmaningslijst|herinneringslijst|rappellijst|aanmaningsprocedure}",
        "{ons|mij|me|deze klant|de klant|de gefailleerde|de vennootschap|de schuldenaar|onze klant} _2 uit {uw|jullie|de|het} "
        "_2 {herinneringen|aanmaningen|rappels|aanmaningslijst|herinneringslijst|rappellijst} {te}? {verwijderen|halen|schrappen}",
        "{retirar|retirem|retire|remover|removam|remova|excluir|excluam|exclua|tirar|tirem|tire} "
        "{este cliente|a sociedade|a devedora|o devedor|a insolvente|a nossa empresa|o nosso cliente|a nossa cliente|nos|me} "
        "{da|das|dos|do} _3 {cobranca|cobrancas|lembretes|lembrete|avisos|interpelacoes}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
    # - Our calls to the debtor's workplace refused: "please do not call our front desk about the
    #   account", "don't ring the shop", "do not contact practice staff regarding past-due amounts"
    #   (a receiver), "do not phone the clinic's receptionists". One channel of collection contact
    #   stopped (docs/labelling.md), whatever is said about where to write instead.
    # - The same told as what the writer no longer wants: "ik wil niet meer dat jullie naar de
    #   winkel bellen", "I don't want you calling the shop any more", "je ne veux plus que vous
    #   appeliez au magasin", "ich will nicht mehr, dass Sie im Laden anrufen", "no quiero que
    #   sigan llamando a la tienda", "non voglio più che chiamiate in negozio", "não quero que
    #   liguem mais para a loja".
    #   Not a time to call ("please do not call the office on Fridays, nobody is in"): the place is
    #   followed by what the calls are about, or by nothing more.
    rule(
        "cease_contact.any.workplace_calls",
        STRONG,
        f"{_CALLS_TO_WORKPLACE} {{about|regarding|concerning|re|over|for|on}} _4 {{account|accounts|invoice|invoices|billing|"
        "bill|bills|balance|balances|payment|payments|arrears|debt|debts|overdue|past due|amounts|statements|collections}",
        f"{_CALLS_TO_WORKPLACE} {{again|anymore|any more|ever|at all|please|.|!|;}}",
        f"{{do not|don't|never|not to|no longer|must not|are not to|should not}} {{call|phone|telephone|ring|text|approach|"
        f"chase|visit|pursue|harass|contact|email}} {{the|any}}? {_BUSINESS_EN} {{'s|s}}? _2 {_DEBTOR_PEOPLE_EN}",
        "{do not|don't|no longer|not} want {you|your staff|your people|your colleagues|your team|anyone} {calling|phoning|"
        "ringing|contacting|chasing|texting|emailing|turning up|coming}",
        "{wil|willen|wens|wensen} {niet|nooit} {meer|langer} dat {jullie|u|je|julie|uw mensen} _6 {bellen|belt|opbellen|"
        "contacteren|contacteert|mailen|langskomen|komen}",
        "{veux|voulons|souhaite|souhaitons} plus que {vous|votre service|vos collaborateurs} _4 {appeliez|appelle|appellent|"
        "telephoniez|telephone|contactiez|contacte|passiez|relanciez|relance}",
        "{will|wollen|mochte|mochten} {nicht mehr|nicht langer|keinesfalls} {,}? dass sie _6 {anrufen|kontaktieren|"
        "vorbeikommen|mahnen|schreiben}",
        "no {quiero|queremos|deseo|deseamos} que {nos|me}? {sigan|vuelvan a}? {llamen|llamando|llamar|contacten|contactando|"
        "contactar|molesten|molestando|vengan|escriban}",
        "non {voglio|vogliamo|desidero|desideriamo} {piu}? che {ci|mi}? {chiamiate|telefoniate|contattiate|chiamino|"
        "telefonino|contattino|sollecitiate} {piu}?",
        "{nao|nunca} {quero|queremos|desejo|desejamos} {mais}? que {nos|me}? {liguem|telefonem|contactem|contatem|"
        "incomodem|venham}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
)
# An office holder telling creditors to stop pursuing the debtor themselves (dev93's arrival, a
# Scottish trustee): "You should not take any further steps to recover the debt from Mr McAllister
# directly", "take no further action to recover the debt from the debtor directly", "ne
# poursuivez plus directement le recouvrement auprès du débiteur". "Directly" is what makes it a
# stop to our collection contact rather than the statutory stay alone (which is insolvency only,
# module docstring).
_RECOVER_EN = "{recover|collect|enforce|pursue|chase}"
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.any.recover_directly",
        STRONG,
        f"{{you|creditors|creditor}} {{should|must|may|are|need|can}} {{not|not to|no longer}} {{take|pursue|seek}}? {{any}}? "
        f"{{further}}? {{steps|action|actions|measures}} {{to|towards}} {_RECOVER_EN} _8 directly",
        f"{{you|creditors|creditor}} {{should|must|may|are to|need to|can}}? take no {{further}}? {{steps|action|actions|measures}} "
        f"{{to|towards}} {_RECOVER_EN} _8 directly",
        f"{{please}}? {{do not|don't}} take {{any}}? {{further}}? {{steps|action|actions|measures}} {{to|towards}} {_RECOVER_EN} _8 directly",
        "{ne} {poursuivez|engagez|entreprenez} {plus|pas|aucune|aucun}? _4 directement _6 "
        "{debiteur|debitrice|societe|client|cliente|recouvrement}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
)
# Someone's calls to one named person stopped (dev97/031: "Votre collègue a appelé trois fois le
# portable de notre gérant ... Je vous demande de ne plus l'appeler"): the person is a pronoun or a
# name, not "us"/"me", so the families above, which name the writer or the company, miss it. One
# channel of collection contact stopped (docs/labelling.md): "don't call him any more", "ne
# l'appelez plus", "merci de ne plus la contacter", "não lhe liguem mais", "non lo chiamate più",
# "bel hem niet meer", "rufen Sie ihn nicht mehr an", "no le llamen más". Only the request: an
# "again"/"any more" (or the person's own mobile or home) and the imperative or a request verb;
# not "he will call you back", "please call him on his mobile", "don't call before 10", and not
# the writer telling what they no longer do themselves ("we don't call him any more", "nous ne
# l'appelons plus", "ik bel hem niet meer", "non lo chiamiamo più", "não lhe ligamos mais").
_PERSON_EN = (
    "{him|her|them|mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|our manager|our owner|our director|our boss|my boss|my manager|"
    "our md|our ceo|our gm|our general manager|our managing director|my husband|my wife|my partner|my son|my daughter|"
    "my father|my mother|our accountant|our bookkeeper}"
)
_AGAIN_EN = "{again|anymore|any more|ever again|any longer|from now on}"
_OWN_LINE_EN = (
    "{his|her|their} {mobile|cell|cellphone|mobile phone|cell phone|personal phone|personal number|private number|"
    "home number|home phone|home|private mobile|personal mobile|personal cell}"
)
_NOT_THE_WRITER = (
    "i", "we", "they", "he", "she", "it", "who", "which", "that", "you", "staff", "team", "people", "decided",
    "ik", "wij", "we", "jij", "hij", "zij", "ze",
)
_PERSON_FR = "{m.|m|mme|monsieur|madame|mademoiselle|mlle|maitre}"
_VERB_FR_INF = (
    "{contacter|recontacter|appeler|rappeler|telephoner|ecrire|solliciter|harceler|relancer|deranger|importuner|demarcher}"
)
_PERSON_DE = "{ihn|sie|herrn|herr|frau|unseren|unsere|unserem|meinen|meine|meinem|den|die}"
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.en.leave_person",
        STRONG,
        f"{{you|colleague|colleagues|staff|team|agent|agents|collector|collectors|anyone|nobody|department|people|"
        f"representative|representatives|rep|reps}} {{do not|not to|to not|must not|should not|are not to|will not|"
        f"no longer|never}} {_CONTACT_VERB_EN} {_PERSON_EN} _4 {_AGAIN_EN}",
        f"{{please|kindly|pls|plz}} no longer {_CONTACT_VERB_EN} {_PERSON_EN}",
        f"{{please|kindly|pls|plz|you|colleague|colleagues|staff|team|agent|agents|collector|collectors|anyone|firm|company}} "
        f"no longer {_CONTACT_VERB_EN} {_OBJ}",
        f"{{please|kindly|pls|plz|you|colleague|colleagues|staff|team|agent|agents|collector|collectors|anyone|nobody}} "
        f"{{do not|not to|to not|must not|should not|are not to|no longer|never}} {{call|phone|ring|text|telephone|contact}} "
        f"{{him|her|them}}? {{on|at}}? {_OWN_LINE_EN}",
        negatable=False,
        blockers=_HYPOTHETICAL,
    ),
    rule(
        "cease_contact.en.leave_person_bare",
        STRONG,
        f"{{do not|never|no longer}} {_CONTACT_VERB_EN} {_PERSON_EN} _4 {_AGAIN_EN}",
        f"no longer {_CONTACT_VERB_EN} {_OBJ}",
        f"{{do not|never}} {{call|phone|ring|text|telephone|contact}} {{him|her|them}}? {{on|at}}? {_OWN_LINE_EN}",
        negatable=False,
        blockers=_HYPOTHETICAL + _NOT_THE_WRITER,
    ),
    rule(
        "cease_contact.fr.leave_person",
        STRONG,
        f"{{merci|veuillez|priere|prie|prions|demande|demandons|remercie|remercions|exige|exigeons|invite|invitons}} _4 "
        f"ne plus {{le|la|les|lui|leur}} {_VERB_FR_INF}",
        f"ne plus {{le|la|les|lui|leur}} {_VERB_FR_INF} {{svp|stp|merci|!}}",
        "ne {le|la|les|lui|leur} {contactez|appelez|telephonez|rappelez|recontactez|ecrivez|relancez|harcelez|sollicitez|"
        "derangez|importunez|demarchez} {plus|jamais|plus jamais}",
        f"ne plus {_VERB_FR_INF} {_PERSON_FR}",
        negatable=False,
        blockers=_HYPOTHETICAL + ("decide", "decidons", "decider", "choisi", "resolu"),
    ),
    rule(
        "cease_contact.de.leave_person",
        STRONG,
        "{rufen|ruft} sie _4 {nicht mehr|nie wieder|nicht langer|keinesfalls|nicht erneut} _4 an",
        f"{{kontaktieren|kontaktiert|belastigen|behelligen|anrufen|anschreiben|mahnen|besuchen}} sie {{bitte}}? {_PERSON_DE} "
        "_2 {bitte}? {nicht mehr|nie wieder|nicht langer|keinesfalls|nicht erneut}",
        "{bitte|bitten|ersuche|ersuchen|sie} {,}? {ihn|herrn|frau|unseren|unsere|meinen|meine} _2 {bitte}? "
        "{nicht mehr|nie wieder|nicht langer|keinesfalls} _3 {anzurufen|zu kontaktieren|anzuschreiben|zu belastigen|"
        "zu behelligen|zu mahnen|aufzusuchen}",
        negatable=False,
        blockers=_HYPOTHETICAL + ("warum", "wieso", "weshalb"),
    ),
    rule(
        "cease_contact.nl.leave_person",
        STRONG,
        "{bel|contacteer|mail|benader|stoor|sms|bezoek} {hem|haar|hen|meneer|mevrouw|dhr|dhr.|mevr|mevr.|onze|mijn} _2 "
        "{alstublieft|aub|a.u.b.|dan ook|voortaan|verder|dus}? {niet|nooit} {meer|langer}",
        negatable=False,
        blockers=("als", "indien", "anders", "eventueel", "misschien") + _NOT_THE_WRITER,
    ),
    rule(
        "cease_contact.nl.leave_person_asked",
        STRONG,
        "{hem|haar|hen|meneer|mevrouw|dhr|dhr.|mevr|mevr.} _2 {alstublieft|aub|voortaan}? {niet|nooit} {meer|langer} _3 "
        "{te}? {bellen|contacteren|mailen|benaderen|lastigvallen|lastig te vallen|opbellen|telefoneren|storen|aanmanen}",
        negatable=False,
        blockers=("als", "indien", "anders", "eventueel", "misschien", "besloten", "beslist", "zal", "zullen", "ga",
                  "gaan", "gaat", "kan", "kunnen", "kunt", "hoeven", "hoef", "hoeft"),
    ),
    rule(
        "cease_contact.it.leave_person",
        STRONG,
        "non {lo|la|li|le|gli} {chiamate|contattate|telefonate|cercate|disturbate|scrivete|sollecitate|chiami|contatti|"
        "telefoni|disturbi|cerchi} {piu|mai piu}",
        "non {chiamarlo|chiamarla|chiamarli|chiamarle|contattarlo|contattarla|contattarli|contattarle|telefonargli|"
        "telefonarle|disturbarlo|disturbarla|cercarlo|cercarla|scrivergli|scriverle|sollecitarlo|sollecitarla} "
        "{piu|ulteriormente|mai piu}",
        negatable=False,
        blockers=("se", "qualora", "altrimenti", "potremmo", "potrebbe", "dovremmo", "eventualmente", "deciso",
                  "decidiamo", "abbiamo"),
    ),
    rule(
        "cease_contact.pt.leave_person",
        STRONG,
        "{nao|nunca} {lhe|o|a|os|as|lhes} {liguem|ligue|contactem|contacte|contatem|contate|telefonem|telefone|incomodem|"
        "incomode|escrevam|procurem} mais",
        "{nao|nunca} {liguem|ligue|telefonem|telefone|contactem|contacte|contatem|contate} mais {para|ao|a|o|.|!|,|por}",
        negatable=False,
        blockers=("se", "caso", "senao", "poderemos", "poderiamos"),
    ),
    rule(
        "cease_contact.es.leave_person",
        STRONG,
        "no {le|lo|la|les|los|las} {llamen|llame|llameis|contacten|contacte|contacteis|escriban|escriba|molesten|moleste|"
        "telefoneen|telefonee|busquen} {mas|nunca mas}",
        "no {vuelvan|vuelva|volvais} a {llamarle|llamarlo|llamarla|contactarle|contactarlo|contactarla|molestarle|"
        "molestarlo|molestarla|escribirle}",
        "no {llamarle|llamarlo|llamarla|contactarle|contactarlo|contactarla|molestarle|molestarlo|molestarla|escribirle} mas",
        negatable=False,
        blockers=_HYPOTHETICAL + ("decidido", "hemos"),
    ),
)
# Whom the writer sells or delivers to, described by a relative clause of the writer's ("la laiterie
# à qui on livre notre lait (la Fromagerie du Larzac) est en redressement judiciaire", "la cadena a
# la que vendemos", "il caseificio a cui consegniamo il latte", "de zuivelfabriek waaraan we
# leveren", "a cooperativa a quem vendemos"): the writer's buyer, someone else (round 17, dev107).
_SUPPLY_VERBS = frozenset({
    "livre", "livrons", "livrait", "livrions", "vend", "vendons", "fournit", "fournissons", "fournis",
    "vendemos", "servimos", "suministramos", "entregamos", "vendiamo", "forniamo", "consegniamo",
    "leveren", "verkopen", "fornecemos", "entregamos",
})
THIRD_PARTY = THIRD_PARTY + (
    rule(
        "third_party.any.whom_we_supply",
        STRONG,
        "{a qui|auquel|a laquelle|auxquels|auxquelles|a qui nous|chez qui} {on|nous|je} {livre|livrons|livrait|livrions|vend|"
        "vendons|fournit|fournissons|fournis}",
        "{a la que|al que|a quien|a quienes|a las que|a los que} {vendemos|servimos|suministramos|entregamos}",
        "{a cui|alla quale|al quale|ai quali} {vendiamo|forniamo|consegniamo}",
        "{waaraan|aan wie|die} {we|wij|ik} {leveren|verkopen}",
        "{a quem|ao qual|a qual|aos quais} {vendemos|fornecemos|entregamos}",
        negatable=False,
    ),
)
# Round 17 (the arrival of dev104-dev107): an office holder, a debt counsellor or the debtor asking
# us to suspend the dunning itself ("vi chiediamo di sospendere l'invio di solleciti", "verdere
# incassomaatregelen achterwege te laten", "alle incassomaatregelen op te schorten", "geen
# betalingsverzoeken meer aan de onderneming te richten", "suspendre toute mesure de recouvrement",
# "Mahnmaßnahmen einzustellen", "suspender las acciones de cobro"): a request to stop collection
# contact with the debtor, so both labels next to the notice (docs/labelling.md). Like the other
# stop-reminder families it yields to a paid claim. And the reminders sent elsewhere "not to us any
# more but to the administrator" ("niet meer naar ons sturen maar naar", "plus à nous mais à",
# "nicht mehr an uns, sondern an", "no a nosotros sino a", "non più a noi ma a", "não a nós mas a").
_DUNNING_NL = (
    "{incassomaatregelen|incassomaatregel|incassoactiviteiten|incassowerkzaamheden|invorderingsmaatregelen|"
    "incassotrajecten|aanmaningen|herinneringen|betalingsherinneringen|betalingsverzoeken|sommaties|incasso}"
)
_DUNNING_IT = (
    "{solleciti|sollecito|azioni di recupero|azioni esecutive|iniziative di recupero|attivita di recupero|"
    "richieste di pagamento|procedure di recupero|azioni di recupero crediti|diffide|messe in mora|promemoria}"
)
_DUNNING_FR = (
    "{relances|relance|poursuites|poursuite|mesures de recouvrement|mesure de recouvrement|actions de recouvrement|"
    "action de recouvrement|procedures de recouvrement|demarches de recouvrement|rappels|mises en demeure|"
    "mesures d execution|voies d execution}"
)
_DUNNING_ES = (
    "{reclamaciones|reclamacion|recordatorios|acciones de cobro|gestiones de cobro|requerimientos de pago|"
    "requerimientos|actuaciones de cobro|ejecuciones|acciones ejecutivas|reclamaciones de pago|avisos de cobro}"
)
_DUNNING_PT = (
    "{cobrancas|cobranca|acoes de cobranca|diligencias de cobranca|interpelacoes|lembretes|execucoes|"
    "acoes executivas|avisos de cobranca|pedidos de pagamento}"
)
_DUNNING_EN = (
    "{reminders|chasers|dunning|collection action|collection actions|collection activity|collection activities|"
    "collection efforts|collection measures|collection steps|enforcement action|enforcement actions|recovery action|"
    "recovery actions|recovery steps|demands for payment|payment demands|payment requests}"
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.any.suspend_dunning",
        MEDIUM,
        # nl: the measures first, the verb at the end of the infinitive clause
        f"{{alle|verdere|eventuele|lopende|de|uw|elke|iedere}}? {_DUNNING_NL} _6 {{achterwege te laten|achterwege laten|"
        "op te schorten|opschorten|te staken|staken|stop te zetten|stopzetten|in te trekken|te beeindigen|te stoppen}",
        f"geen {{verdere}}? {_DUNNING_NL} meer _6 te {{richten|sturen|versturen|zenden|nemen|doen}}",
        f"{{geen|niet}} {{verdere}}? {_DUNNING_NL} {{meer}}? _3 {{aan|naar|tegen|jegens}} {{de onderneming|de vennootschap|"
        "de schuldenaar|schuldenaar|cliente|client|mijn cliente|mijn client|onze cliente|onze client|de gefailleerde|"
        "de debiteur|haar|hem}",
        "geen contact {meer}? {op te nemen|te zoeken|op nemen} {met}? {cliente|client|mijn cliente|mijn client|onze cliente|"
        "onze client|de onderneming|de schuldenaar|de gefailleerde}",
        "geen contact {meer}? met {cliente|client|mijn cliente|mijn client|onze cliente|onze client|de onderneming|"
        "de schuldenaar|de gefailleerde} {op te nemen|te zoeken|op nemen}",
        # it
        f"{{sospendere|sospendete|sospenda|sospendiate|interrompere|interrompete|interrompa|astenersi da|"
        f"astenervi da|astenersi dal|astenervi dal|astenersi dall|astenervi dall}} _4 {_DUNNING_IT}",
        # fr
        f"{{suspendre|suspendez|suspendiez|interrompre|interrompez|interrompiez}} {{immediatement|"
        f"des a present|sans delai|desormais}}? {{toute|toutes|tout|tous|les|vos|l envoi des|l envoi de|l envoi}}? {{vos|les|des|de}}? {_DUNNING_FR}",
        f"{{vous abstenir|vous abstenez|abstenez vous|s abstenir}} _3 {{toute|tout|de toute|de tout}} {_DUNNING_FR}",
        # es
        f"{{suspender|suspendan|suspenda|suspendais|paralizar|paralicen|paralice|abstenerse de|"
        f"abstenganse de|se abstengan de}} _3 {_DUNNING_ES}",
        # pt
        f"{{suspender|suspendam|suspenda|cessar|cessem|cesse|abster se de|abstenham se de|se abstenham de}} _3 {_DUNNING_PT}",
        # de
        "{mahn*|inkasso*|vollstreckung*|zwangsvollstreckung*|beitreibung*|zahlungsaufforderung*|zahlungserinnerung*|"
        "forderungsbeitreibung*} _6 {einzustellen|auszusetzen|zu unterlassen|zu unterbleiben|ruhen zu lassen|zu stoppen}",
        # en
        f"{{suspend|put on hold|refrain from}} {{all|any|your|further|the}}? {{further}}? {_DUNNING_EN}",
        negatable=False,
        blockers=_HYPOTHETICAL + ("se", "qualora", "als", "indien", "si", "caso", "falls", "wenn"),
    ),
    rule(
        "cease_contact.any.not_us_but",
        MEDIUM,
        # something sent (not a payment made) elsewhere: "betalingen niet meer aan ons maar aan de curator" is no cease
        "niet meer {naar|aan} {ons|mij} {sturen|versturen|zenden|richten|mailen|e mailen} {,}? maar {naar|aan}",
        "{sturen|versturen|zenden|richten|mailen} {niet meer|niet langer} {naar|aan} {ons|mij} {,}? maar",
        "{send|address|direct|forward|email} _5 {no longer|not} to {us|me} {,}? but to",
        "{envoyer|adresser|envoyez|adressez|transmettre|transmettez} _5 {plus|non plus} {a nous|a moi} {,}? mais {a|au|aux|chez}",
        "{senden|schicken|richten|adressieren} _5 {nicht mehr|nicht langer} an {uns|mich} {,}? sondern an",
        "{enviar|envien|envie|enviad|mandar|manden|mande|mandad|dirigir|dirijan} _5 {ya no|no} a {nosotros|mi} sino a",
        "{inviare|inviate|invii|mandare|mandate|mandi|indirizzare|indirizzate} _5 {non piu|piu} a {noi|me} {,}? ma {a|al|alla|allo|ai|alle}",
        "{enviar|enviem|envie|mandar|mandem|mande|dirigir|dirijam} _5 {ja nao|nao mais|nao} {a nos|para nos|a mim|para mim} {,}? mas",
        negatable=False,
        blockers=("als", "indien", "si", "if", "se", "wenn", "falls"),
    ),
    rule(
        # "Dat loopt nu via meneer El Amrani", "that now goes through Mr Patel", "ça passe désormais
        # par Maître X", "das läuft jetzt über Herrn Y": the matter taken from the writer to someone
        # else. A cease only next to an insolvency (REDIRECT_FAMILIES), else a new contact.
        "cease_contact.any.goes_through",
        MEDIUM,
        # the matter itself as the subject, not "all payments now go through the administrators"
        "{dat|dit|het|alles} {loopt|gaat} {nu|voortaan|vanaf nu|allemaal}? {via|door} {meneer|mevrouw|de heer|dhr|dhr.|mevr|mevr.|mr|mr.|"
        "hem|haar|de bewindvoerder|de curator|de schuldhulpverlener|de kredietbank|kantoor}",
        "{it|this|that|everything} {now}? {goes|is going|is handled|is dealt with} {now}? {through|via|by} {him|her|mr|mrs|ms}",
        "{ca|cela|tout} {passe} {desormais|maintenant|dorenavant}? par {lui|elle|m.|m|mme|monsieur|madame|maitre|me|le mandataire|"
        "le liquidateur|l administrateur|le administrateur}",
        "{das|alles} {lauft|geht} {jetzt|nun|ab sofort|kunftig}? {uber|via} {ihn|sie|herrn|frau|den insolvenzverwalter|"
        "die insolvenzverwalterin|den sachwalter}",
        "{tutto|cio|questo} {passa|va} {ora|adesso|d ora in poi}? {tramite|attraverso|per} {lui|lei|il sig.|il signor|la sig.ra|"
        "la signora|il commissario|il curatore|il liquidatore}",
        "{eso|esto|todo} {pasa|va} {ahora|ya}? {por|a traves de} {el|ella|el senor|la senora|la administracion concursal|"
        "el administrador concursal}",
        "{isso|tudo} {passa} {agora}? {pelo|pela|por} {ele|ela|sr.|sra.|senhor|senhora|administrador de insolvencia}",
        negatable=False,
        blockers=("als", "indien", "if", "si", "se", "wenn", "falls"),
    ),
    rule(
        # "No me mandéis más recordatorios", "no nos enviéis más reclamaciones": the vosotros and
        # tú forms of the Spanish request (any.no_more_reminders has the usted forms).
        "cease_contact.es.no_more_reminders",
        MEDIUM,
        "no {nos|me} {mandeis|envieis|mandes|envies|remitais} {mas|ningun|ninguna}? {recordatorios|reclamaciones|avisos|"
        "requerimientos|cartas|correos|emails|mensajes}",
        negatable=False,
    ),
)
# The debtor's own debt-counselling or statutory debt procedure, Dutch and Belgian: "heeft zich bij de
# gemeentelijke schuldhulpverlening aangemeld", "een minnelijke schuldregeling", "toegelaten tot de
# WSNP", "in een traject bij de Kredietbank", "collectieve schuldenregeling" (BE), "budgetbeheer".
INSOLVENCY = INSOLVENCY + (
    rule(
        # A supplier's claim to its goods in the debtor's procedure, answered by the office holder
        # ("Regarding your retention of title claim ...", "votre action en revendication", "Ihr
        # Aussonderungsrecht", "su derecho de separación"): the claim made against an estate.
        "insolvency_notice.any.title_claim",
        MEDIUM,
        "{retention of title|rot|romalpa|reservation of title} {claim|claims}",
        "{action|actions|demande|demandes|requete} en revendication",
        "{aussonderung*|absonderungsrecht*|absonderungsanspruch*}",
        "{derecho|derechos} de separacion",
        negatable=False,
    ),
    rule(
        "insolvency_notice.nl.schuldhulp",
        STRONG,
        "{schuldhulpverlening|schuldhulpverlener|schuldhulp|schuldhulptraject|schuldsanering|schuldsaneringsregeling|"
        "schuldregeling|schuldbemiddeling|schuldbemiddelaar|wsnp|collectieve schuldenregeling|budgetbeheer|"
        "budgetbeheerder|beschermingsbewind|schuldenbewind|stabilisatiefase}",
        "{traject|trajekt|aangemeld|aanmelding|begeleiding|in behandeling} {bij|via} {de}? {gemeentelijke}? "
        "{kredietbank|gkb|volkskredietbank}",
        negatable=False,
    ),
)
# Polish (round 18, dev108-dev111): upadłość and its office holder (syndyk), restrukturyzacja
# (postępowanie sanacyjne, układowe, o zatwierdzenie układu, przyspieszone postępowanie układowe,
# nadzorca sądowy / układu, zarządca), likwidacja spółki (likwidator, otwarcie likwidacji) and a
# suspended or closed business (zawieszenie działalności); and the requests to stop contact. Written
# with its letters: the rule engine folds "ł" to "l" as it folds the other accents
# (intent_engine.rule_fold), so "upadłość" also matches "upadlosc" and one spelling stands for the
# forms that fold alike ("zarządca" for "zarzadca", "naszą" for "nasza"). Polish negates with "nie"
# on either side of the verb ("nie możemy zapłacić z powodu upadłości"): the rules carry their own negation and are blocked by one before them
# ("nie ogłosiliśmy upadłości"), as the rumour ("plotki o naszej upadłości") is.
_NOT_PL = ("nie", "nigdy", "czy", "jeśli", "jeżeli", "gdyby", "gdy", "plotki", "plotek", "pogłoski", "rzekomo", "rzekomej",
           "rzekomym", "grozi", "groźba", "uniknąć")
_OFFICE_PL = ("{pełnomocnika|pełnomocnikiem|kancelarię|kancelarii|kancelarią|adwokata|adwokatem|radcę prawnego|"
              "radcy prawnego|radcą prawnym|prawnika|prawnikiem|pełnomocnika procesowego}")
_DUNNING_PL = ("{wezwań|wezwania|monitów|monity|upomnień|upomnienia|ponagleń|przypomnień|przypomnienia|wiadomości|"
               "maili|e maili|korespondencji|pism}")
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.pl.upadlosc",
        STRONG,
        "upadł*",
        "syndyk*",
        "{postępowanie|postępowania|postępowaniu|postępowaniem} "
        "{sanacyjne|sanacyjnego|sanacyjnym|układowe|układowego|układowym}",
        "{przyspieszone|przyspieszonego|przyspieszonym} {postępowanie|postępowania|postępowaniu}",
        "{zatwierdzenie|zatwierdzeniu|zatwierdzenia} układu",
        "{objęte|objęta|objęty|objętych} układem",
        "restrukturyzacyjn*",
        "{nadzorca|nadzorcy|nadzorcę} {sądowy|sądowego|sądowym|układu}",
        "{zarządca|zarządcy|zarządcę} {masy|sanacyjny|przymusowy|tymczasowy}?"
        " {ustanowiony|ustanowiona|ustanowiono|wyznaczony|wyznaczona|powołany|został|została}",
        "{ustanowiony|ustanowiona|ustanowiono|wyznaczony|wyznaczona|powołany} _3 {zarządca|zarządcę|nadzorca|nadzorcę}",
        "{sędzia|sędziego} {komisarz|komisarza|komisarzem}",
        "{zgłoszenie|zgłoszenia|zgłosić|zgłaszać|spis|spisu|lista|listy} wierzytelności",
        "{krajowy|krajowym|krajowego} {rejestr|rejestrze|rejestru} zadłużonych",
        "niewypłacaln*",
        "likwidator*",
        "{w|stan|stanie} likwidacji",
        "{otwarcie|otwarciu|otwarcia|otwarto|postawienie|postawiona|postawiono} _2 {likwidacji|likwidację}",
        "{likwidacja|likwidacji|likwidację} {naszej|mojej}? {spółki|firmy|przedsiębiorstwa|działalności}",
        negatable=False,
        blockers=_NOT_PL,
    ),
    rule(
        "insolvency_notice.pl.closure",
        MEDIUM,
        "{zawieszenie|zawieszeniu|zawieszeniem|zawieszenia|zawiesiliśmy|zawiesiłem|zawiesiłam|zawiesił|zawiesiła|"
        "zawieszamy|zawieszam} {naszej|mojej|naszą|moją|swojej|swoją}? {działalności|działalność}",
        "działalność {firmy|spółki|gospodarczą}? {została|jest} {zawieszona|zakończona}",
        "{zakończenie|zakończyliśmy|zakończyłem|zakończyłam} {naszej|mojej|naszą|moją}? {działalności|działalność}",
        "{firma|spółka|działalność} została {zamknięta|zlikwidowana|wykreślona|rozwiązana}",
        "{wykreślenie|wykreślona|wykreślony|wykreślono} _3 {krs|ceidg|rejestru}",
        negatable=False,
        blockers=_NOT_PL + ("tymczasowo", "tymczasowe", "czasowo", "czasowe", "urlop", "urlopu", "remont", "remontu"),
    ),
)
THIRD_PARTY = THIRD_PARTY + (
    rule(
        # Someone else's upadłość: "jeden z naszych największych odbiorców ogłosił upadłość", "nasz
        # kontrahent jest w likwidacji" (not "nasz klient" alone: a lawyer's client).
        "third_party.pl.klient",
        STRONG,
        "{jeden|jedna|jednego|kilku|kilka|dwóch} {z}? {naszych|moich} {największych|głównych|kluczowych|ważnych|stałych}? "
        "{klientów|odbiorców|kontrahentów|dłużników|dostawców|partnerów}",
        "{nasz|naszego|naszym|mój|mojego|jeden|pewien} {największy|główny|kluczowy|ważny|stały}? "
        "{odbiorca|odbiorcy|kontrahent|kontrahenta|dostawca|dostawcy|dłużnik|dłużnika|sąsiad|wynajmujący}",
        "{nasz|naszego|mój|mojego} {największy|główny|kluczowy|ważny} {klient|klienta}",
        negatable=False,
    ),
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.pl.zaprzestanie",
        STRONG,
        "{zaprzestanie|zaprzestania|zaprzestać|zaprzestańcie} "
        "{wszelkiego|wszelkich|dalszego|dalszych|jakiegokolwiek|jakichkolwiek}? {kontaktu|kontaktów|kontaktowania|"
        "telefonów|dzwonienia|nękania|wysyłania|monitów|wezwań|windykacji|czynności windykacyjnych|działań windykacyjnych}",
        "{proszę|prosimy|uprzejmie proszę} _4 nie {dzwonić|kontaktować|pisać|nękać|niepokoić}",
        "{proszę|prosimy} o {niekontaktowanie|niedzwonienie|nienękanie}",
        "nie {dzwońcie|kontaktujcie|piszcie|nękajcie} {się}? {już|więcej}? {do|z} {mnie|nas|nami|mną}",
        "{więcej|już} {do|z} {mnie|nas|nami|mną} nie {dzwonić|dzwońcie|kontaktować|kontaktujcie|pisać}",
        "{wyłącznie|tylko|jedynie} {w formie pisemnej|pisemnie|na piśmie|listownie}",
        f"{{wyłącznie|tylko|jedynie}} {{przez|poprzez|za pośrednictwem|z|ze|do}} {{naszego|mojego|naszej|mojej|naszym|moim|naszą|moją}}? {_OFFICE_PL}",
        f"{{kontakt|kontaktu|kontaktować|kontaktujcie|korespondencję|korespondencja}} _4 {{przez|poprzez|za pośrednictwem}} {{naszego|mojego|naszej|mojej}}? {_OFFICE_PL}",
        negatable=False,
        blockers=_NOT_PL[1:] + ("możemy", "moglibyśmy"),
    ),
)
# A request to stop dunning the debtor, written as what must stop or must not be sent ("les relances
# adressées directement à la débitrice doivent cesser", "please do not send further payment reminders
# to the company", "no reminders may be sent to the company", "bitte keine Mahnungen mehr an die
# Schuldnerin", "dejen de remitir recordatorios", "si invita a non inviare ulteriori solleciti",
# "prosimy o niewysyłanie dalszych wezwań do spółki"): both labels beside the notice, as
# suspend_dunning. The statutory stay only stated ("toute poursuite individuelle est suspendue",
# "no legal process may be commenced") stays the notice alone.
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.any.dunning_to_stop",
        MEDIUM,
        "{relances|relance|rappels|rappel|mises en demeure} _14 {doivent|doit} {en consequence|donc|des lors|desormais|"
        "par consequent|immediatement|des a present}? {cesser|prendre fin}",
        "ne plus {adresser|envoyer|transmettre} {de|vos|les|des|aucun}? {rappels|rappel}",
        "{do not|don't|not to|never} {send|issue|address|direct} {any}? {further|more|additional}? {payment}? "
        "{reminders|chasers|demands|dunning letters} to",
        "no {further|more}? {payment}? {reminders|chasers|demands|dunning letters} {may|should|can|must|are to|will|shall} be {sent|issued|addressed}",
        "{keine|bitte keine} {weiteren}? {mahnungen|zahlungsaufforderungen|zahlungserinnerungen|mahnschreiben} {mehr}? _3 "
        "an {die|den|der} {schuldnerin|schuldner|gesellschaft|firma|insolvenzschuldnerin}",
        "{sehen sie|bitte sehen sie} _3 von {weiteren}? {mahnungen|zahlungsaufforderungen|zahlungserinnerungen|mahnschreiben} ab",
        "{dejen|deje|dejar|dejen ustedes} de {remitir|enviar|mandar|dirigir} {recordatorios|reclamaciones|requerimientos|avisos}",
        "non {inviare|inviate|inviino|invii|indirizzare|indirizzate} {piu}? {ulteriori|altri}? {solleciti|sollecito|diffide|richieste di pagamento}",
        "{nao enviem|nao envie|nao enviar|nao dirijam|nao dirigir} {mais}? {lembretes|cobrancas|avisos de cobranca|interpelacoes|pedidos de pagamento}",
        f"{{niewysyłanie|niekierowanie|nie wysyłać|nie wysyłanie|nie kierować|nie kierowanie|nie przesyłać}} "
        f"{{już|więcej}}? {{dalszych|kolejnych|żadnych|więcej}}? {_DUNNING_PL}",
        "{wstrzymanie|wstrzymania|wstrzymać|wstrzymajcie} {wszelkich|dalszych}? {działań|czynności} "
        "{windykacyjnych|egzekucyjnych}",
        negatable=False,
        # (not "si": Italian "si invita a non inviare ulteriori solleciti")
        blockers=tuple(word for word in _HYPOTHETICAL if word != "si") + ("qualora", "als", "indien", "falls", "wenn",
                                                                         "jesli", "jezeli"),
    ),
)
# A request not to contact the debtor or its people directly, beside the office holder's notice ("merci de
# ne pas contacter les dirigeants ni le personnel", "wenden Sie sich nicht mehr an die Geschäftsführung",
# "no se pongan en contacto directamente con la sociedad", "astenervi dal contattare la società", "geen
# contact meer op te nemen met de bestuurder", "não contactem diretamente a sociedade"): a cease request,
# as the English "do not contact the company's directors" is. Without a notice it is a new contact
# ("wenden Sie sich nicht mehr an die Geschäftsführung, sondern an die Buchhaltung"): REDIRECT_FAMILIES.
_DEBTOR_PEOPLE_FR = "{dirigeants|dirigeant|gerant|gerants|salaries|personnel|employes|associes|debitrice|debiteur|societe}"
_DEBTOR_PEOPLE_DE = "{geschaftsfuhrung|geschaftsfuhrer|geschaftsfuhrerin|mitarbeiter|mitarbeiterinnen|belegschaft|schuldnerin|gesellschaft|organe}"
_DEBTOR_PEOPLE_ES = "{la sociedad|la deudora|la concursada|la empresa|los administradores|el administrador|el personal|los empleados|sus empleados}"
_DEBTOR_PEOPLE_IT = "{la societa|la debitrice|la fallita|gli amministratori|l amministratore|i dipendenti|il personale|suoi dipendenti}"
_DEBTOR_PEOPLE_NL = "{de|het} {bestuurder|bestuurders|personeel|werknemers|vennootschap|onderneming|gefailleerde|directie|zaakvoerder}"
_DEBTOR_PEOPLE_PT = "{a sociedade|a empresa|a devedora|a insolvente|os gerentes|os administradores|os funcionarios|o pessoal}"
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.any.debtor_people",
        STRONG,
        f"{{ne pas|ne plus}} {{contacter|appeler|solliciter|relancer}} {{directement}}? {{les|le|la|ses|son|sa}} {_DEBTOR_PEOPLE_FR}",
        f"{{wenden sie sich|wenden sie sich bitte}} {{nicht mehr|nicht langer|nicht}} {{direkt}}? an {{die|den|deren|dessen}} {_DEBTOR_PEOPLE_DE}",
        f"no se {{pongan|ponga}} en contacto {{directamente}}? con {_DEBTOR_PEOPLE_ES}",
        f"no {{contacten|contacte}} {{directamente}}? {{con|a}}? {_DEBTOR_PEOPLE_ES}",
        f"{{astenervi|astenersi|astenetevi}} {{dal|da}} {{contattare|sollecitare}} {{direttamente}}? {_DEBTOR_PEOPLE_IT}",
        f"non {{contattare|contattate|contatti}} {{direttamente}}? {_DEBTOR_PEOPLE_IT}",
        f"geen contact {{meer}}? {{op te nemen|op nemen|te zoeken}} met {_DEBTOR_PEOPLE_NL}",
        f"{{nao contactem|nao contacte|nao contatem|nao contate|nao contactar|nao contatar}} {{diretamente|directamente}}? {_DEBTOR_PEOPLE_PT}",
        negatable=False,
        blockers=tuple(word for word in _HYPOTHETICAL if word != "si") + ("qualora", "als", "indien", "falls", "wenn"),
    ),
)
# The leave_person families alone, next to the person's departure ("Bitte rufen Sie Herrn Meier
# nicht mehr an, er ist nicht mehr im Unternehmen", "please don't call Mr Smith any more, he has
# left the company"): the wrong contact, not a stop to our calls (classify drops the cease).
LEAVE_PERSON_FAMILIES = frozenset({"leave_person", "leave_person_bare", "leave_person_asked"})
_PERSON_GONE = re.compile(  # folded text
    r"\b(?:has|have|had) left\b|left the (?:company|business|firm)|no longer (?:works|working|employed|with (?:us|the))|"
    r"a quitte|ne fait plus partie|ne travaille plus|n est plus (?:chez|dans|avec)|"
    r"nicht mehr (?:im|in der|bei|fur) (?:unternehmen|firma|haus|uns)|ausgeschieden|hat (?:uns|das unternehmen|die firma) verlassen|"
    r"ya no trabaja|ha dejado la empresa|non lavora piu|ha lasciato|werkt (?:hier )?niet meer|uit dienst|"
    r"ja nao trabalha|nao trabalha mais|saiu da empresa")


def person_gone(rule_names: Iterable[str], folded: str) -> bool:
    """Whether the cease matches are only calls to one person stopped, and that person has left."""
    families = {name.rsplit(".", 1)[-1] for name in rule_names}
    return bool(families) and families <= LEAVE_PERSON_FAMILIES and bool(_PERSON_GONE.search(folded))


# Families that read an owner closing the business, not a court procedure: such an owner may still
# promise to pay before the deregistration (classify keeps a dated promise beside them).
OWNER_CLOSURE_FAMILIES = frozenset({"closure", "closed_for_good", "closed_named", "ceased_for_good", "registry_closure",
                                    "dissolution", "ceased_definitively", "doors_closed"})
# Families that name one line or number: alone, no request at all.
ONE_LINE_FAMILIES = frozenset({"one_line"})
# Families a lawyer's or collector's demand on us uses: a claim, not a request to stop contact.
CLAIM_ON_US_FAMILIES = frozenset({"claim_on_us"})
# What a claim letter may say besides, and still be no cease request: introducing the writer.
REPRESENTATION_FAMILIES = frozenset({"lawyer", "lawyer_mention", "mention", "lawyer_hint", "avocat", "families"})

# The families classify still reads in paragraphs cut as boilerplate (a customer's request
# that mentions "our registered office" looks like a company footer): explicit requests only,
# not the words a newsletter footer or a disclaimer uses (unsubscribe, data protection, "our
# lawyers", "opt out").
_NOT_IN_BOILERPLATE = ("unsubscribe", "remove_from_list", "mention", "lawyer_mention", "lawyer_hint", "privacy", "stop_sending")
CEASE_CONTACT_REQUESTS: tuple[Rule, ...] = tuple(
    r for r in CEASE_CONTACT if r.name.rsplit(".", 1)[-1] not in _NOT_IN_BOILERPLATE
)
# Families that only ask us to stop the reminders themselves: they yield to a paid claim.
STOP_REMINDER_FAMILIES = frozenset({"stop_reminders", "no_more_reminders", "send_no_more", "off_reminders",
                                    "suspend_dunning", "dunning_to_stop"})
# Families that only say where correspondence goes, or state the statutory stay, or sign as the
# debtor's counsel: next to an insolvency notice, that is the notice itself, not a request to
# stop contact.
OFFICE_ROUTING_FAMILIES = frozenset({"office_routing", "stay_warning", "debtor_counsel"})
# Families that only send us from the writer (or from the debtor's people) to someone else: a cease only next
# to an insolvency.
REDIRECT_FAMILIES = frozenset({"redirect", "not_us_but", "goes_through", "debtor_people"})
# A marketing list left ("take me off your newsletter list"), with at most the unsubscribe
# words themselves (a subject "unsubscribe"): no request about the collection (the labelled
# sets read it as `other`).
MARKETING_FAMILIES = frozenset({"marketing_optout", "unsubscribe", "remove_from_list", "stop_sending", "mention"})


# --- Helpers classify uses for the legal labels -------------------------------------------


def _padded(norms: Sequence[str]) -> str:
    """Norms joined and padded with a space each side, for regexes that test " word " boundaries."""
    return " " + " ".join(norms) + " "


THIRD_PARTY_WINDOW = 14
# A first-person subject between "one of our customers" and the insolvency phrase makes it the
# writer's own again ("as a customer of yours for ten years, I regret that we have entered ...").
_FIRST_PERSON = frozenset({"we", "i", "nous", "je", "sommes", "avons", "wir", "ich", "nosotros", "hemos", "estamos", "somos"})
_PARAGRAPHS = re.compile(r"\n\s*\n")


_HEARSAY_NAME = "third_party.any.hearsay"
# Whoever a procedure is about, named just after it and described between commas as one of the
# writer's own ("... of Tlou Mining (Pty) Ltd, one of our contractors").
_APPOSED_REACH = 14
_NOT_APPOSED = frozenset({_HEARSAY_NAME, "third_party.any.own_claim", "third_party.any.owed_to_us", "third_party.any.provider"})


@lru_cache(maxsize=1)
def _third_party_rules() -> RuleSet:
    return RuleSet(THIRD_PARTY + HEARSAY + OWN_CLAIM)


@lru_cache(maxsize=1)
def _owing_rules() -> RuleSet:
    return RuleSet(OWING_AFTER)


@lru_cache(maxsize=1)
def _third_party_after_rules() -> RuleSet:
    return RuleSet(THIRD_PARTY_AFTER)


# A closure at the trade register, told in a paragraph strip_boilerplate cuts as a company footer
# for its register word ("Die Einzelfirma wird im Handelsregister gelöscht", "radiée du RCS"):
# classify reads cut paragraphs with cease_request_rules, so these go with them.
_CUT_CLOSURE_NAMES = frozenset({"insolvency_notice.any.registry_closure", "insolvency_notice.de.ceased_definitively"})


class _CutParagraphRules(RuleSet):
    """A cut paragraph is often a mailing's footer: its own unsubscribe line asks nothing."""

    def find(self, tokens: Tokens) -> list[Hit]:
        return _without_non_requests(super().find(tokens), tokens)


@lru_cache(maxsize=1)
def cease_request_rules() -> RuleSet:
    """The rules classify reads in paragraphs cut as boilerplate: the explicit cease requests,
    and a business closed at the register."""
    return _CutParagraphRules(CEASE_CONTACT_REQUESTS + tuple(r for r in INSOLVENCY if r.name in _CUT_CLOSURE_NAMES))


_OR = frozenset({"or", "nor", "ni", "oder", "noch", "o", "u"})
_DENIAL_REACH = 6


# "Weder in Nachlassstundung noch in einem anderen Insolvenzverfahren", "neither in administration
# nor in any other insolvency procedure": the words between "nor" and the match.
_OR_FILLERS = frozenset({
    "in", "into", "under", "any", "other", "another", "a", "an", "the", "kind", "of", "form", "type",
    "en", "dans", "sous", "une", "un", "autre", "quelconque", "la", "le", "de", "d",
    "im", "einem", "einer", "einen", "eine", "ein", "anderen", "andere", "anderes", "sonstigen", "sonstiges",
    "weiteren", "sonst", "irgendeinem", "irgendeiner", "art",
    "el", "una", "otro", "otra", "algun", "alguna", "tipo", "bajo",
})
_OR_FILLER_REACH = 4


def _denied_through_or(hit: Hit, tokens: Tokens) -> bool:
    """"There is no bankruptcy or receivership": the matcher's negation scope stops at "or"."""
    i = hit.start - 1
    while i >= 0 and hit.start - 1 - i < _OR_FILLER_REACH and tokens.norms[i] in _OR_FILLERS:
        i -= 1
    if i < 0 or tokens.norms[i] not in _OR:
        return False
    # German "noch" is also "still" ("weil wir noch im Insolvenzverfahren sind"): only "weder ... noch".
    still = tokens.norms[i] == "noch"
    for j in range(i - 1, max(-1, i - 1 - _DENIAL_REACH), -1):
        norm = tokens.norms[j]
        if tokens.breaks[j] or (norm in CLAUSE_BREAKS and norm not in _OR):
            return False
        if still:
            if norm == "weder":
                return True
            continue
        if is_negation(tokens, j):
            return True
    return False


def _bracketed_stops_joined(tokens: Tokens) -> Tokens:
    """"(Construmar, Lda.) apresentou-se à insolvência": the full stop of an abbreviation just
    before a closing bracket ends no sentence; the tokeniser's break there would cut the
    third party off from its own procedure."""
    norms, breaks = tokens.norms, tokens.breaks
    joined = [i for i in range(len(norms) - 1) if breaks[i] and norms[i] == "." and norms[i + 1] == ")"]
    if not joined:
        return tokens
    fixed = list(breaks)
    for i in joined:
        fixed[i] = False
    return replace(tokens, breaks=tuple(fixed))


def without_third_party(hits: list[Hit], tokens: Tokens) -> list[Hit]:
    """Drop insolvency matches about someone else ("one of our biggest customers filed Chapter
    11", "un de nos principaux clients a été placé en liquidation judiciaire", "the liquidation
    of a main contractor"), heard of ("he'd heard you had gone into administration") or denied
    in a list ("we are not in administration or liquidation")."""
    tokens = _bracketed_stops_joined(tokens)
    hits = [hit for hit in hits if hit.rule.label != "insolvency_notice" or not _denied_through_or(hit, tokens)]
    if _estate_claims_us(hits, tokens):
        hits = [hit for hit in hits if hit.rule.label != "insolvency_notice"]
    hits = _without_review_handover(hits, tokens)
    hits = _without_non_requests(hits, tokens)
    if not any(hit.rule.label == "insolvency_notice" for hit in hits):
        return hits
    found = _third_party_rules().find(tokens)
    ends = sorted({hit.end for hit in found if hit.rule.name != _HEARSAY_NAME or tokens.norms[hit.end - 1] != "from"})
    hearsay = sorted({hit.end for hit in found if hit.rule.name in (_HEARSAY_NAME, _OWN_CLAIM_NAME, _OWED_NAME, _PROVIDER_NAME)})
    after = {hit.start for hit in _third_party_after_rules().find(tokens)}
    apposed = [hit.start for hit in found if hit.rule.name not in _NOT_APPOSED and hit.start > 0
               and tokens.norms[hit.start - 1] == ","]
    owing = sorted({hit.start for hit in _owing_rules().find(tokens)})

    # (a match overlapping the one read is the same phrase: "en [redressement] judiciaire")
    insolvency_spans = [(hit.start, hit.end) for hit in hits if hit.rule.label == "insolvency_notice"]

    def own_words_between(start: int, end: int) -> bool:
        return any(tokens.breaks[i] or tokens.norms[i] in _FIRST_PERSON for i in range(start, end))

    def own_clause_before(start: int) -> bool:
        """A "we"/"I" in the sentence before the match ("we have gone into administration")."""
        i = start - 1
        while i >= 0 and start - i <= THIRD_PARTY_WINDOW and not tokens.breaks[i]:
            if tokens.norms[i] == ")":
                # "(a startup we did office lunches for)": the writer's words describe someone else.
                opening = _bracket_opening(tokens, i)
                if opening is not None:
                    i = opening - 1
                    continue
            if tokens.norms[i] in _FIRST_PERSON:
                return True
            i -= 1
        return False

    def about_someone_else(hit: Hit) -> bool:
        if hit.end in after:
            return True  # "the liquidation of a main contractor"
        if any(hit.end < at <= hit.end + _APPOSED_REACH and not own_words_between(hit.end, at) for at in apposed):
            return True  # "the business rescue practitioner of Tlou Mining (Pty) Ltd, one of our contractors"
        if any(hit.end <= at <= hit.end + _OWING_GAP for at in owing) and not own_words_between(hit.end, _next(owing, hit.end)) \
                and not own_clause_before(hit.start):
            return True  # "went into liquidation at the end of August owing us ..."
        # A hedged match follows any third party in its sentence; an unhedged one only hearsay
        # or a named customer of theirs ("einer unserer grössten Mandanten ... in Konkurs"), the
        # customer's name or description set off between commas or dashes not counted
        # ("unser größter Auftraggeber, die Innpark Wohnbau GmbH, hat Insolvenzantrag gestellt").
        def names_them(end: int) -> bool:
            resumed = _past_apposition(tokens, end, hit.start)
            return (hit.start - resumed <= THIRD_PARTY_WINDOW
                    and not own_words_between(_past_description(tokens, end, hit.start, resumed), hit.start)
                    and (hit.hedged or end in hearsay
                         or (hit.start - resumed <= _CUSTOMER_CLAUSE
                             or hit.start - resumed <= _CUSTOMER_CLAUSE_FIRST
                             and not any(end <= at < hit.start and at_end <= hit.start
                                         for at, at_end in insolvency_spans))
                         and _names_a_customer(tokens, end)))

        return any(0 <= hit.start - end <= THIRD_PARTY_WINDOW + _BRACKET_REACH + 1 and names_them(end)
                   for end in ends)

    claim_spans = sorted((hit.start, hit.end) for hit in found if hit.rule.name == _OWN_CLAIM_NAME)

    def in_own_claim_sentence(hit: Hit) -> bool:
        """"We have lodged our claim with the administrators", "pour déclarer notre créance auprès
        du curateur": the procedure named in the writer's own claim is the debtor's — unless the
        writer turns to itself in between ("... and as a result we have gone into administration")."""
        for start, end in claim_spans:
            if start <= hit.start and hit.start - start <= _OWN_CLAIM_REACH and not any(
                    tokens.breaks[i] for i in range(start, hit.start)) and not own_words_between(end, hit.start):
                return True
        return False

    def before_own_claim(hit: Hit) -> bool:
        """"Our client X has been declared bankrupt. To lodge our claim with the curator ...": the
        writer is a creditor of whoever is insolvent just before (unless "we" are the subject)."""
        return any(0 <= at - hit.end <= _OWN_CLAIM_REACH for at, _ in claim_spans) and not own_clause_before(hit.start)

    asks_about_us = bool(_asks_about_us_rules().find(tokens))

    def someone_elses(hit: Hit) -> bool:
        return about_someone_else(hit) or before_own_claim(hit) or in_own_claim_sentence(hit) \
            or _not_ours_in_sentence(hit, tokens) or asks_about_us and not own_clause_before(hit.start)

    insolvency = [hit for hit in hits if hit.rule.label == "insolvency_notice"]
    others = [hit for hit in insolvency if someone_elses(hit)]
    gone = {id(hit) for hit in others}
    # "Our landlord has entered concurso and the administrador concursal has stopped the works":
    # the office holder or the creditors named later in the same sentence, with no "we"/"I" in
    # between, are most likely the same someone else's. Hedged, not dropped: still flagged for a
    # collector to look at, never leading (recall first).
    # One sweep in start order: whoever can pass a hit on ends before it starts, so is decided first;
    # own_words_between(e, s) only grows as e falls, so the latest end in reach decides.
    marked = set(gone)
    other_ends = sorted(hit.end for hit in others)
    for hit in sorted(insolvency, key=lambda h: h.start):
        if id(hit) in marked:
            continue
        k = bisect.bisect_right(other_ends, hit.start)
        if k and hit.start - other_ends[k - 1] <= _OWN_CLAIM_REACH and not own_words_between(other_ends[k - 1], hit.start):
            marked.add(id(hit))
            bisect.insort(other_ends, hit.end)
    hedged = marked - gone
    if _procedure_for_documents(insolvency, hits, tokens):
        hedged |= {id(hit) for hit in insolvency} - gone
    if _carried_on(tokens):
        hedged |= {id(hit) for hit in insolvency if hit.rule.name == _DECEASED_NAME} - gone
    hedged |= _paid_out_of_an_estate(insolvency, tokens) - gone
    over = _procedure_over(tokens)
    return [replace(hit, hedged=True) if id(hit) in hedged else hit for hit in hits
            if not (hit.rule.label == "insolvency_notice" and (
                id(hit) in gone or _near_miss(hit, tokens) or _completed_in(hit, tokens) or _denied_after(hit, tokens)
                or over and hit.rule.name not in _STILL_NOTICE))]


# A writer who says its procedure is over, or was never there, and that it is back to normal:
# "the restructuring plan was completed in full ... the company is trading normally, there's no
# administrator", "das Insolvenzverfahren wurde aufgehoben ... wir sind wieder uneingeschränkt
# handlungsfähig", "notre proposition a été entièrement exécutée ... nous ne sommes plus sous la
# protection de la LFI", "no está en concurso ... desde entonces cumplimos con todos nuestros
# pagos", "er is geen surseance en ook geen faillissement; wij zijn gezond". Every procedure the
# message names is then history or hearsay (the labelled sets read these as the message's other
# content). An end alone is said of a liquidation closed too, and "trading as normal" by live
# procedures ("the administrators continue to trade the business as normal"): an end needs the
# return to normal or a denial beside it, a denial a second cue.
_ENDED_CUES = (
    r"completed in full|fully completed|successfully completed|fully implemented|successfully implemented"
    r"|(?:was|were|has been|have been) (?:formally )?discharged|certificate of (?:completion|full performance)"
    r"|(?:entierement|integralement|totalement) executee?s?|certificat de execution"
    r"|(?:procedure|periode de observation|sauvegarde|conciliation|proposition) (?:\S+ ){0,3}(?:est|a ete) (?:donc |desormais )?"
    r"(?:terminee?s?|achevee?s?|close|cloturee?)"
    r"|(?:verfahren|insolvenzverfahren|sanierungsverfahren|schutzschirmverfahren|eigenverwaltung) (?:\S+ ){0,16}aufgehoben"
    r"|que finalizo|(?:concurso|convenio|procedimiento) (?:\S+ ){0,3}(?:ha|han|fue) (?:finalizado|concluido|cumplido)"
    r"|(?:surseance|faillissement|akkoord) (?:\S+ ){0,3}(?:werd|is) (?:\S+ ){0,2}(?:opgeheven|beeindigd)"
)
# The writer's present status denied: not (or no longer) in a procedure, no office holder.
_DENIED_CUES = (
    r"(?:is|are|am) not insolvent|never (?:been )?insolvent|we are not (?:in administration|bankrupt|in liquidation)"
    r"|(?:there s|there 's|there is|there are|with) no (?:administrator|administrators|liquidator|receiver|trustee)"
    r"|(?:are|is) no longer (?:in|under) (?:administration|liquidation|receivership|chapter 11|a restructuring)"
    r"|ne (?:sommes|suis) plus (?:sous|en) (?:la protection|protection|procedure|redressement|sauvegarde|faillite)"
    r"|ne (?:sommes|est) pas en (?:faillite|redressement|liquidation|procedure)"
    r"|(?:sind|ist) nicht (?:insolvent|pleite)|nicht mehr (?:in|im) (?:insolvenz|verfahren|konkurs)"
    r"|no (?:esta|estamos) en concurso|ya no (?:estamos|esta) en concurso"
    r"|(?:er is|ook) geen (?:surseance|faillissement)|(?:zijn|is) niet failliet"
)
# Back to normal: trading, paying, able to act again.
_NORMAL_CUES = (
    r"trading (?:as )?normal(?:ly)?|back to normal|business as usual"
    r"|paiements normaux|activite normale|reprenons (?:des|les|nos) paiements"
    r"|wieder (?:voll |uneingeschrankt )?handlungsfahig|normalen zahlungslauf"
    r"|cumplimos con (?:todos )?(?:nuestros|sus) pagos|con (?:total )?normalidad"
    r"|(?:zijn|is) gezond|betalen (?:onze|al onze|alle) (?:leveranciers|crediteuren) (?:gewoon|normaal)"
)
_ENDED_RE = re.compile(" (?:%s) " % _ENDED_CUES)
_DENIED_RE = re.compile(" (?:%s) " % _DENIED_CUES)
_NORMAL_RE = re.compile(" (?:%s) " % _NORMAL_CUES)
# What stays a notice however the message ends: a rescue that failed into a worse procedure.
_STILL_NOTICE = frozenset({"insolvency_notice.any.failed_rescue"})


def _procedure_over(tokens: Tokens) -> bool:
    """Whether the writer says its procedure ended or never was, with a second cue (see above)."""
    text = _padded(tokens.norms)
    denied = {m.group(0) for m in _DENIED_RE.finditer(text)}
    ended = bool(_ENDED_RE.search(text))
    if not denied and not ended:
        return False
    return bool(_NORMAL_RE.search(text)) or bool(denied) and (ended or len(denied) >= 2)


# "Pourriez-vous me renvoyer la facture 963 pour la déclaration de créance ?", "nuestros abogados
# nos piden copia de las facturas para preparar la lista de acreedores", "le mandataire judiciaire
# me demande d'établir la liste de nos dettes; pourriez-vous m'adresser un relevé": the procedure
# only named as what the documents the writer asks for are for. The labelled sets read these as
# document requests; the procedure stays flagged (hedged), behind the request. Only when every
# procedure word sits in the request's own sentence, or in one where someone asks the writer.
_ASKS_WRITER = re.compile(
    r" (?:me|m|nous|us|nos|mir|uns) (?:demande|demandent|a demande|ont demande|asks?|asked|have asked|has asked"
    r"|piden|pide|pidio|han pedido|ha pedido|bittet|bitten|verlangt|verlangen|chiede|chiedono|vraagt|vragen) "
    r"| (?:asks?|asked|bittet|bitten|verlangt|vraagt|vragen) (?:me|us|mich|uns|mij|ons) ")
_TO_WRITER = frozenset({"me", "m", "moi", "nous", "us", "nos", "mir", "uns", "mi", "ci", "ons", "mij"})


def _procedure_for_documents(insolvency: list[Hit], hits: list[Hit], tokens: Tokens) -> bool:
    requests = [hit for hit in hits if hit.rule.label == "document_request" and hit.rule.weight >= MEDIUM
                and not _TO_WRITER.isdisjoint(tokens.norms[hit.start:hit.end])]
    if not insolvency or not requests:
        return False
    spans = [tokens.sentence(hit.start, hit.end, _SENTENCE_REACH) for hit in requests]

    def for_documents(hit: Hit) -> bool:
        lo, hi = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
        return (lo, hi) in spans or bool(_ASKS_WRITER.search(_padded(tokens.norms[lo:hi])))

    return all(for_documents(hit) for hit in insolvency)


# "Mein Vater ist verstorben. Die Praxis wird per 1. Januar von seiner Stellvertreterin übernommen",
# "the practice will be taken over by his partner", "le cabinet sera repris par son associée": the
# owner died but the business goes on under a successor, so no business has ended; the estate
# stays flagged (hedged) behind what the message asks.
_DECEASED_NAME = "insolvency_notice.en.deceased_estate"
_CARRIED_ON = re.compile(
    r" (?:(?:will be|is being|has been|was|is) taken over by|(?:sera|a ete|est) (?:reprise?|repris) par"
    r"|(?:wird|werden|wurde|ist) (?:\S+ ){0,16}(?:ubernommen|weitergefuhrt|fortgefuhrt)"
    r"|(?:sera|sera traspasada|continuara|continuara gestionando) (?:\S+ ){0,3}(?:por|a) su (?:socio|socia|sucesor|sucesora|hijo|hija)"
    r"|(?:wordt|is) (?:\S+ ){0,6}overgenomen door) ")


def _carried_on(tokens: Tokens) -> bool:
    return bool(_CARRIED_ON.search(_padded(tokens.norms)))


# "...que nous étions en redressement judiciaire. C'est faux.", "rumours that we are in
# administration. That is simply not true.": the next sentence, a short one, denies it.
_DENIAL_SENTENCE = (
    "false", "untrue", "not true", "simply not true", "not the case", "nonsense", "unfounded", "wrong",
    "faux", "pas vrai", "inexact", "pas le cas", "infonde", "infondee", "n importe quoi", "ne importe quoi",
    "falsch", "nicht wahr", "stimmt nicht", "unwahr", "nicht der fall", "unzutreffend", "haltlos",
    "falso", "no es cierto", "no es verdad", "no es el caso", "infundado", "mentira",
    # "... mon voisin, qui est en redressement judiciaire. Rien à voir avec nous !"
    "nothing to do with us", "rien a voir avec nous", "nichts mit uns zu tun", "nada que ver con nosotros",
)
_DENIAL_SENTENCE_LENGTH = 8
# "That is ...", "C'est ...", "Das ist ...", "Eso es ...": the subject and verb before the denial word.
_DENIAL_LEADS = (
    "that is", "this is", "it is", "that 's", "this 's", "it 's", "which is", "that is simply", "that is completely",
    "c est", "ce est", "cela est", "ceci est", "c est totalement", "c est completement",
    "das ist", "dies ist", "das ist voellig", "das ist vollig", "das ist schlicht", "das ist einfach",
    "eso es", "esto es", "es", "eso es totalmente", "es totalmente",
)
_DENIAL_OPENING = 5


def _denied_after(hit: Hit, tokens: Tokens) -> bool:
    n = len(tokens.norms)
    if _denied_in_tail(hit, tokens):
        return True
    _, i = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
    if i < n and not tokens.breaks[i]:
        return False  # the match's own sentence goes on past the reach: no "next sentence" in sight
    while i < n and tokens.breaks[i]:
        i += 1
    if i >= n:
        return False
    if _NOT_CONCERNED_RE.match(_padded(tokens.norms[i:i + _DENIAL_OPENING + 4])) \
            and not _own_procedure(hit, tokens):
        return True  # "Notre client est en sauvegarde. Nous ne sommes pas concernés par cette procédure"
    _, last = tokens.sentence(i, i + 1, _DENIAL_SENTENCE_LENGTH + 1)
    if last - i > _DENIAL_SENTENCE_LENGTH:
        # A longer sentence that opens with the denial: "Das ist falsch – wir sind weder ...",
        # "That is simply untrue: we are trading normally".
        opening = _padded(tokens.norms[i:i + _DENIAL_OPENING])
        return bool(_DENIAL_OPENING_RE.search(opening))
    sentence = _padded(tokens.norms[i:last])
    return bool(_DENIAL_SENTENCE_RE.search(sentence) or _BARE_DENIAL_RE.search(sentence))


# The next sentence opens by saying the procedure is not the writer's: "We are not affected by
# it", "Nous ne sommes pas concernés par la procédure", "Wir selbst sind davon nicht betroffen",
# "No estamos afectados".
_NOT_CONCERNED_RE = re.compile(
    r" (?:we are|i am|we ourselves are) not (?:affected|concerned) (?:by (?:it|this|that|the (?:procedure|proceedings|"
    r"administration|liquidation|insolvency|bankruptcy|receivership)|them)|ourselves)"
    r"| (?:nous|je) ne (?:sommes|suis) (?:pas|nullement|aucunement) (?:concerne|concernes|concernee|touche|touches|visee?s?)"
    r" (?:par (?:celle ci|elle|cette procedure|la procedure|ce redressement|cette liquidation|ce jugement|cela)|nous memes)"
    r"| (?:wir|ich) (?:selbst )?(?:sind|bin) (?:davon |selbst davon )(?:nicht|keineswegs) (?:betroffen|beteiligt)"
    r"| no (?:estamos|somos) (?:afectados|afectadas|afectado) (?:por (?:ello|ella|el|este|esta|dicho|dicha)|nosotros) ")
# The writer's own business is the one named: "We are in administration. We are not affected by
# your reminders" must stay a notice. The procedure's sentence opens with the writer.
_OWN_SUBJECTS = frozenset({"we", "i", "nous", "je", "wir", "ich", "estamos", "somos"})  # one token each


def _own_procedure(hit: Hit, tokens: Tokens) -> bool:
    start, _ = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
    return start < len(tokens.norms) and tokens.norms[start] in _OWN_SUBJECTS


_DENIAL_SENTENCE_RE = re.compile(" (?:%s) " % "|".join(map(re.escape, _DENIAL_SENTENCE)))
# "...a rumor going around that we're filing bankruptcy. Just to be clear, we are NOT.", "Nous ne le
# sommes pas.", "Das sind wir nicht.", "No lo estamos.": the writer's short answer, ending its sentence
# (not "We are not able to pay", which goes on).
_BARE_DENIAL_RE = re.compile(
    r" (?:we|i) (?:are|am) (?:definitely |certainly |absolutely |simply |just )?not $"
    r"| (?:nous|je) ne (?:le )?(?:sommes|suis) (?:pas|nullement|aucunement)(?: du tout)? $"
    r"| (?:wir|ich) (?:sind|bin) (?:es )?(?:definitiv |absolut |keineswegs )?nicht $| (?:sind|bin) (?:wir|ich) (?:es )?nicht $"
    r"| no lo (?:estamos|somos|estoy|soy) $| (?:wij|we|ik) (?:zijn|ben) (?:het )?niet $| non lo (?:siamo|sono) $"
    r"| nao (?:o )?(?:estamos|somos) $")
_DENIAL_OPENING_RE = re.compile(" (?:%s) (?:%s) " % ("|".join(map(re.escape, _DENIAL_LEADS)),
                                                    "|".join(map(re.escape, _DENIAL_SENTENCE))))


# The legal probes: the denial in the match's own sentence, after a dash, comma or colon, closing it
# ("a rumour that we're going into liquidation - it's not true.", "... en redressement, c'est
# faux", "... in Insolvenz, das stimmt nicht"): the same short answer _denied_after reads in the
# next sentence. Only right after the match (a few words) and only when the denial ends the sentence.
_TAIL_BREAKS = frozenset({"-", "–", "—", ",", ":", "("})
_TAIL_REACH = 3


def _denied_in_tail(hit: Hit, tokens: Tokens) -> bool:
    _, last = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
    for j in range(hit.end, min(hit.end + _TAIL_REACH, last)):
        if tokens.norms[j] in _TAIL_BREAKS:
            if last - (j + 1) > _DENIAL_SENTENCE_LENGTH:
                return False
            return bool(_DENIAL_OPENING_RE.match(_padded(tokens.norms[j + 1:last])))
    return False


# "C'est l'EARL voisine qui est en redressement, rien à voir avec nous", "a different company
# with a similar name went into administration, nothing to do with us": said in the sentence.
_NOT_OURS = (
    # Not "write to the administrators, not us" nor "the assets were sold to another company": a
    # real notice says those too.
    "nothing to do with us", "no connection with us", "not connected to us", "not connected with us",
    "not related to us", "unrelated to us", "no relation to us", "similar name", "similar names",
    "rien a voir avec nous", "aucun lien avec nous", "sans lien avec nous", "homonyme", "un homonyme",
    "nichts mit uns zu tun", "nicht mit uns verbunden", "namensgleich", "namensgleiche", "gleichnamig",
    "gleichnamige", "nada que ver con nosotros", "ninguna relacion con nosotros", "no somos nosotros",
    "nombre parecido", "nombre similar",
    # "the faillissement you saw concerns Haarlem Creative Agency B.V., a different company"
    "a different company", "a different entity", "a different legal entity", "een ander bedrijf", "een andere vennootschap",
    "une autre societe", "une societe differente", "eine andere firma", "eine andere gesellschaft", "otra empresa distinta",
    "una empresa diferente", "un altra societa", "una societa diversa",
    # mistaken for another firm: "a confusion with the Sélestat shop, which was placed in liquidation"
    "confusion with", "confused with", "mixed up with", "mistaken for", "mixed us up with", "confused us with",
    "mistook us for", "nos confunde con", "nos confunden con", "confusion avec", "confondu avec",
    "confondus avec", "confondue avec", "verwechslung mit", "verwechselt", "confusion con", "confundido con",
    "confundidos con", "confundida con",
)


def _not_ours_in_sentence(hit: Hit, tokens: Tokens) -> bool:
    sentence = _sentence_text(tokens, hit.start, hit.end)
    return any(f" {phrase} " in sentence for phrase in _NOT_OURS)


# The customer asks whether *we* (the supplier) are the insolvent one: "a notice in the Gazette
# about a 'Flandres Furniture Ltd' going into administration. Is that you?", "pouvez-vous nous
# confirmer que votre société n'est pas concernée ?", "sind Sie davon betroffen?", "¿se trata de
# su empresa?". Any insolvency told without "we"/"I" is then ours, not theirs.
ASKS_ABOUT_US: tuple[Rule, ...] = (
    rule(
        "third_party.any.asks_about_us",
        STRONG,
        "{is|was} {that|this|it} {you|your company|your business|your firm|one of yours|related to you|linked to you}",
        # (not "is that right?" after the customer's own notice: only "true", and about us)
        "{is|was} it true {that}? {you|your}",
        "{is|was} {this|that} true ?",
        "{are|were} you {in|going into|entering|under|now in|about to enter} {administration|liquidation|receivership|bankruptcy|chapter 11|insolvency}",
        "{are|is} {you|your company|your business|your firm} {affected|concerned|involved|insolvent|bankrupt}",
        "{confirm|reassure us|let us know} {that}? {you|your company|your business|your firm} {are|is} not {affected|concerned|involved|in|insolvent|bankrupt}",
        "{s agit il|s agit elle|est ce} {de}? {vous|votre societe|votre entreprise|votre maison|votre groupe}",
        "{etes vous|vous etes|votre societe est|votre entreprise est} {concerne|concernes|concernee|concernees|touche|touches|touchee}",
        "{confirmer|confirmez|confirmiez|assurer|assurez} _2 que _5 {ne est|n est|ne etes|n etes} pas {concerne|concernes|concernee|concernees|touchee|touche|en}",
        "{sind|waren} sie {davon|selbst|auch}? {betroffen|gemeint|insolvent}",
        "{handelt|betrifft} es sich um {sie|ihr unternehmen|ihre firma|ihre gesellschaft}",
        "{betrifft|betraf} {das|dies|diese meldung|der bericht} {sie|ihr unternehmen|ihre firma}",
        "{bestatigen|versichern} sie _6 nicht betroffen",
        "{se trata|son|eran} {de}? {ustedes|vosotros|su empresa|vuestra empresa|su compania}",
        "{estan|esta} {ustedes|su empresa|vuestra empresa} {afectados|afectada|en concurso|en liquidacion}",
        "{les|os} afecta",
        "{confirmar|confirmen|confirmennos|confirmarnos} que _5 no {esta|estan} {afectada|afectados|afectado|en concurso|en liquidacion}",
        negatable=False,
    ),
)


@lru_cache(maxsize=1)
def _asks_about_us_rules() -> RuleSet:
    return RuleSet(ASKS_ABOUT_US)


_OWN_CLAIM_REACH = 40
# "I've passed the file to our attorney to review your purchase terms, and we'll come back to you":
# a lawyer asked for an opinion, the customer still answering, is no request to stop contact. Only
# the hand-over and mention families give way; "contact our lawyer from now on" stays.
_REVIEW_FAMILIES = frozenset({"legal_handover", "lawyer_mention", "lawyer_hint", "mention", "families"})
_REVIEW_PURPOSE = (
    "to review", "to look at", "to look over", "to have a look", "to check", "for review", "for a review",
    "for advice", "for legal advice", "for an opinion", "for a legal opinion", "for her opinion", "for his opinion",
    "for their opinion", "to advise", "pour examen", "pour analyse", "pour avis", "pour verification",
    "qu il examine", "qu elle examine", "qu ils examinent", "zur prufung", "zur durchsicht", "zur begutachtung",
    "zur beurteilung", "prufen lassen", "prufen zu lassen", "para su revision", "para que lo revise",
    "para que la revise", "para que revise", "para revisar", "para su estudio", "para su analisis",
    "contract review", "for the review", "per un parere", "per una revisione", "per revisione", "voor advies",
    "ter beoordeling", "om te bekijken", "para parecer", "para analise", "para revisao",
)
# ... unless the same sentence (or the rest of the message) hands the contact over.
_HANDS_OVER = (
    "in touch", "contact you", "write to you", "from now on", "going forward", "directly", "instead",
    "all correspondence", "any correspondence", "all communication", "any communication", "only", "exclusively",
    "uniquement", "exclusivement", "desormais", "ausschliesslich", "nur noch", "kunftig", "unicamente",
    "exclusivamente", "en adelante", "stop", "cease", "do not contact", "not contact", "vous contactera",
    "se mettra en contact", "wird sich", "se pondra en contacto",
)


_HANDS_OVER_REACH = 30
_SENTENCE_REACH = 60


def _sentence_text(tokens: Tokens, start: int, end: int) -> str:
    """The sentence around a match, at most _SENTENCE_REACH tokens each side, padded for " word " tests."""
    lo, hi = tokens.sentence(start, end, _SENTENCE_REACH)
    return _padded(tokens.norms[lo:hi])


def _without_review_handover(hits: list[Hit], tokens: Tokens) -> list[Hit]:
    cease = [hit for hit in hits if hit.rule.label == "cease_contact"]
    if not cease:
        return hits
    if any(hit.rule.name.rsplit(".", 1)[-1] not in _REVIEW_FAMILIES for hit in cease):
        return hits  # an explicit request beside the mention: nothing to undo
    dropped = set()
    for hit in cease:
        sentence = _sentence_text(tokens, hit.start, hit.end)
        following = _padded(tokens.norms[hit.start:hit.end + _HANDS_OVER_REACH])
        if any(f" {p} " in sentence for p in _REVIEW_PURPOSE) and not any(
                f" {p} " in sentence or f" {p} " in following for p in _HANDS_OVER):
            dropped.add(id(hit))
    if len(dropped) < len(cease):
        return hits
    return [hit for hit in hits if id(hit) not in dropped]

# An office holder collecting what the writer's addressee owes the insolvent ("il ressort de la
# comptabilité de la faillie que votre société resterait redevable de 1.320 €, à verser sur le
# compte de la curatelle", "our records show you owe the company £2,300"): the insolvent is our
# supplier, not our customer. Unless the letter also invites a claim (a creditor after all).
ESTATE_CLAIMS_US: tuple[Rule, ...] = (
    rule(
        "third_party.any.estate_claims_us",
        STRONG,
        "{votre societe|vous|votre entreprise} {resterait|resteriez|reste|restez|restait|seriez|serait|etes|est|demeure|demeurez} {encore|toujours}? redevable|redevables",
        "{verser|payer|regler|virer|versez|payez|reglez|virez} _6 {sur|au|a} le? compte {de la|du} {curatelle|faillite|liquidation|liquidateur|curateur|mandataire}",
        "you {owe|still owe|owed|are owing} {the company|the debtor|the estate|the bankrupt|the insolvent company|our client}",
        "{amount|sum|balance|monies|money|debt|debts} {due|owed|owing|payable} {from you|by you|by your company} to the {company|debtor|estate|bankrupt}",
        "{sie|ihre firma|ihr unternehmen} {schulden|schuldet|schuldeten} {der|dem} {schuldnerin|schuldner|masse|konkursmasse|insolvenzmasse|konkursitin}",
        "{ustedes|su empresa|usted} {adeudan|adeuda|deben|debe} a la {concursada|masa|sociedad concursada}",
        "{voi|la vostra societa|vostra societa} {risultate|risulta|siete|e} {debitori|debitrice|debitore} {della|del|verso la|verso il} {procedura|fallimento|societa fallita|curatela}",
        negatable=False,
    ),
)
_CLAIM_INVITED = re.compile(
    r" (?:declarer (?:votre|vos) creances?|declaration de creances?|proofs? of (?:claim|debt)|(?:lodge|submit|file) (?:your|a) claim"
    r"|forderung\w* (?:\w+ ){0,4}anzumelden|forderungsanmeldung|guthaben geltend|ammissione al passivo|insinuazione al passivo"
    r"|comunicacion de (?:sus )?creditos|comunicar (?:sus|los) creditos|aangifte van schuldvordering|reclamacao de creditos) ")


@lru_cache(maxsize=1)
def _estate_claims_rules() -> RuleSet:
    return RuleSet(ESTATE_CLAIMS_US)


def _estate_claims_us(hits: list[Hit], tokens: Tokens) -> bool:
    if not any(hit.rule.label == "insolvency_notice" for hit in hits) or not _estate_claims_rules().find(tokens):
        return False
    return not _CLAIM_INVITED.search(_padded(tokens.norms))


# An office holder paying the writer out of someone else's estate: "Goed nieuws: de curator van
# Expo Noord heeft een voorschot uitbetaald. We betalen HFB-26-4250 nu al", "the liquidator of
# Harbour Foods has paid us a first dividend", "le curateur de la SA Lumen nous a versé un acompte",
# "der Insolvenzverwalter der Bau AG hat eine Abschlagszahlung ausgezahlt", "la administración
# concursal nos ha pagado un anticipo". The writer is a creditor there, and the procedure named in
# that sentence most likely someone else's: hedged (still flagged, never leading), not dropped.
# Not a distribution told to the creditors at large ("... paid a first dividend to unsecured
# creditors": the office holder's own notice), nor the writer's own office holder ("our
# administrator has paid ...").
ESTATE_PAYOUT: tuple[Rule, ...] = (
    rule(
        "third_party.any.estate_payout",
        STRONG,
        "{has|have|had} {now|just|finally}? {paid|paid out|distributed|released|sent|made} {us|me}? {a|an|the|our|its}? "
        "{first|second|third|interim|final|initial|further}? {dividend|distribution|advance|payout|interim payment}",
        "{received|got} {a|an|the|our}? {first|second|interim|final|initial}? {dividend|distribution|payout|advance} from",
        "{heeft|hebben} {ons|mij|me}? {nu|eindelijk|net}? {een|het|de}? {eerste|tweede|laatste}? {voorschot|dividend|uitkering|"
        "uitdeling|uitbetaling} {uitbetaald|betaald|overgemaakt|gestort|uitgekeerd}",
        "{voorschot|dividend|uitkering|uitdeling} {ontvangen|gekregen} {van}?",
        "{nous|me}? {a|ont} {nous|me}? {enfin|finalement|deja}? {verse|paye|distribue|regle|vire} {un|une|le|la|notre|nos}? "
        "{premier|premiere|deuxieme|second}? {acompte|dividende|dividendes|avance|repartition}",
        "{recu|touche|percu} {un|une|le|la|notre}? {premier|premiere}? {acompte|dividende|repartition} {de|du}",
        "{hat|haben} {uns|mir}? {jetzt|endlich|nun}? {eine|die|erste|eine erste|die erste}? {abschlagszahlung|quote|ausschuttung|"
        "abschlagsverteilung|insolvenzquote|vorschuss} {ausgezahlt|uberwiesen|geleistet|ausgeschuttet|gezahlt|bezahlt}",
        "{quote|ausschuttung|abschlagszahlung|insolvenzquote} {erhalten|bekommen}",
        "{nos|me}? {ha|han} {nos|me}? {pagado|abonado|transferido|repartido|ingresado|adelantado} {un|el|una|nuestro}? {primer}? "
        "{anticipo|dividendo|reparto|pago a cuenta}",
        "{recibido|cobrado} {un|el|una}? {primer}? {anticipo|dividendo|reparto|pago a cuenta} {de|del}",
        "{ci|mi}? {ha|hanno} {pagato|versato|liquidato|distribuito|bonificato} {un|il|un primo|il primo}? "
        "{acconto|riparto|dividendo|anticipo}",
        "{ricevuto|incassato} {un|il}? {primo}? {acconto|riparto|anticipo} {dal|da|dalla}",
        "{pagou|transferiu|distribuiu|adiantou|pagaram|transferiram} {nos|me}? {um|o}? {primeiro}? {adiantamento|dividendo|rateio}",
        "recebemos {um|o}? {primeiro}? {adiantamento|dividendo|rateio} {do|da}",
        negatable=False,
    ),
)
_TO_ALL_CREDITORS = frozenset({
    "creditors", "creditor", "schuldeisers", "crediteuren", "creanciers", "glaubiger", "glaubigern", "acreedores",
    "creditori", "credores",
})
_OUR_OWN = frozenset({
    "our", "my", "notre", "nos", "mon", "unser", "unsere", "unserem", "unseren", "unserer", "nuestro", "nuestra",
    "onze", "ons", "nostro", "nostra", "nosso", "nossa",
})


@lru_cache(maxsize=1)
def _estate_payout_rules() -> RuleSet:
    return RuleSet(ESTATE_PAYOUT)


def _paid_out_of_an_estate(insolvency: list[Hit], tokens: Tokens) -> set[int]:
    """The ids of the insolvency matches in a sentence where an office holder pays the writer."""
    out: set[int] = set()
    for payout in _estate_payout_rules().find(tokens):
        first, last = tokens.sentence(payout.start, payout.end, _SENTENCE_REACH)
        if any(norm in _TO_ALL_CREDITORS for norm in tokens.norms[first:last]):
            continue
        for hit in insolvency:
            if first <= hit.start < last and not (
                    tokens.norms[hit.start] in _OUR_OWN or hit.start > 0 and tokens.norms[hit.start - 1] in _OUR_OWN):
                out.add(id(hit))
    return out


# A mass mailing's own unsubscribe line: "Klicken Sie hier, um sich vom Newsletter abzumelden und
# keine weiteren E-Mails zu erhalten", "click here to unsubscribe and stop receiving these emails".
# It tells the reader how to leave the list; nobody asks anything. All three kinds of word in
# one sentence: a customer's own "take me off the newsletter and stop calling" names no link.
_MAILING_WORDS = frozenset({"newsletter", "newsletters", "mailing", "mailinglist", "verteiler", "infolettre", "boletin"})
_UNSUBSCRIBE_WORDS = frozenset({
    "unsubscribe", "abmelden", "abzumelden", "abbestellen", "abzubestellen", "austragen", "desabonner", "desinscrire",
    "desinscrivez", "desabonnez", "baja", "afmelden", "uitschrijven", "disiscriverti", "disiscriversi", "cancelar",
})
_CLICK_WORDS = frozenset({"click", "klicken", "cliquez", "cliquer", "clic", "clica", "clicca", "klik", "link", "lien", "here", "hier", "ici", "aqui"})


# "firmata dal nostro legale rappresentante", "por intermédio do nosso representante legal": the
# company's director, not its lawyer.
_REPRESENTATIVE = frozenset({"rappresentante", "rappresentanti", "rappresentanza", "representante", "representantes"})
_SUING = frozenset({"iniciar", "interponer", "ejercitar", "ejercer", "presentar", "instar", "promover", "emprender", "entablar"})


# "Merci d'arrêter d'envoyer vos relances et factures par la poste ... envoyez-les uniquement par
# mail", "stop writing to us by post, email us instead", "relances papier": the post swapped for
# email, a contact update (docs/labelling.md), not a stop.
_POSTAL = re.compile(r" (?:par|by|per|por|via|pelo|pela|met de) (?:la |le |de |the )?(?:poste|post|courrier postal|courrier papier"
                     r"|correo postal|correo ordinario|posta ordinaria|posta|correio|snail mail|postal mail) "
                     r"| (?:paper|papier|papel|cartacei|cartacee|cartaceo|cartacea) ")
_EMAIL_CHANNEL = re.compile(r" (?:par|by|per|por|via|to|a|naar) (?:e mail|email|mail|courriel|correo electronico|e-mail) |@")
_SENDING_FAMILIES = frozenset({"stop_reminders", "send_no_more", "no_more_reminders"})
# Families that stop contact of any kind; swapped from post to email only when they stop letters
# (no calls, visits or lawyer in the sentence: "stop calling us and writing by post" stays a stop).
_WRITING_FAMILIES = frozenset({"stop", "ne_plus", "no_longer_to", "families"})
_NOT_LETTERS = frozenset({
    "call", "calls", "calling", "phone", "phoning", "ring", "ringing", "telephone", "telephoning", "text", "texting",
    "visit", "visiting", "harassing", "lawyer", "lawyers", "solicitor", "solicitors", "attorney", "attorneys",
    "appeler", "appels", "appel", "telephoner", "rappeler", "harceler", "avocat", "avocats",
    "anrufe", "anrufen", "anzurufen", "telefonieren", "kontakt", "kontaktaufnahme", "anwalt", "kanzlei", "rechtsanwalt",
    "llamar", "llamadas", "llamando", "abogado", "abogados",
})


def _moved_to_email(hit: Hit, tokens: Tokens) -> bool:
    family = hit.rule.name.rsplit(".", 1)[-1]
    if family not in _SENDING_FAMILIES and family not in _WRITING_FAMILIES:
        return False
    _, hi = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
    if family in _WRITING_FAMILIES and not _NOT_LETTERS.isdisjoint(tokens.norms[hit.start:hi]):
        return False
    sentence = _padded(tokens.norms[hit.start:hi])
    postal = _POSTAL.search(sentence)
    if not postal:
        return False
    # email named after the post: "... by email, by post only" is the other way round
    rest = _padded(tokens.norms[hit.start:])
    return bool(_EMAIL_CHANNEL.search(rest, postal.end() - 1))


def _without_non_requests(hits: list[Hit], tokens: Tokens) -> list[Hit]:
    """Cease-contact matches that ask nothing: a mailing's own unsubscribe line, "nostro legale
    rappresentante" (the company's director, not a lawyer to write through), the post swapped for
    email, and "se abstengan de iniciar reclamaciones judiciales" (a stay on suing, not on contact)."""
    kept = []
    for hit in hits:
        if hit.rule.label == "cease_contact" and _moved_to_email(hit, tokens):
            continue
        if hit.rule.label == "cease_contact" and tokens.norms[hit.end - 1] == "de" and hit.end < len(tokens.norms) \
                and tokens.norms[hit.end] in _SUING:
            continue
        if hit.rule.label == "cease_contact" and tokens.norms[hit.end - 1] in ("legale", "legal") \
                and hit.end < len(tokens.norms) and tokens.norms[hit.end] in _REPRESENTATIVE:
            continue
        if hit.rule.label == "cease_contact" and (_for_a_while(hit, tokens) or _old_line(hit, tokens)
                                                   or _to_someone_gone(hit, tokens)):
            continue
        if hit.rule.label == "cease_contact":
            lo, hi = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
            words = set(tokens.norms[lo:hi])
            if words & _MAILING_WORDS and words & _UNSUBSCRIBE_WORDS and words & _CLICK_WORDS:
                continue
            if _write_here_instead(hit, tokens, words) or _paused_for_plan(tokens, lo, hi, words) \
                    or _accountants_principal(hit, tokens, words) or _handed_over(hit, tokens):
                continue
        kept.append(hit)
    return kept


# The legal probes' near misses (tests/inbox/test_legal_paraphrases.py), each a request that leaves
# our collection contact as it is:
# - A time to call, not a stop: "don't call before 10, I'm in meetings", "please don't call me until
#   then" (back from holiday), "ne m'appelez pas avant 10h", "rufen Sie mich nicht vor 9 Uhr an".
#   Only a time limit right after the match, followed by an hour, a day or "then"; "do not call me
#   again until the dispute is settled" keeps its stop.
_TIME_LIMITS = frozenset({
    "until", "till", "til", "before", "after", "between", "avant", "apres", "jusqu", "jusque", "jusqu'", "entre",
    "vor", "nach", "bis", "zwischen", "antes", "despues", "hasta", "prima", "dopo", "fino", "tra", "voor", "tot",
    "tussen"})
_TIME_WORDS = frozenset({
    "then", "noon", "midday", "lunch", "lunchtime", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "next", "am", "pm", "a.m.", "p.m.", "o'clock", "midi", "demain", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "mittag", "morgen", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "manana", "mediodia", "lunes", "martes", "miercoles", "jueves", "viernes",
    "domani", "mezzogiorno", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag", "middag", "half", "midnight"})
_ARTICLES = frozenset({"the", "le", "la", "les", "l", "de", "het", "el", "las", "los", "il", "der", "den", "dem"})
_TIME_LIMIT_REACH = 3
_FILLERS = frozenset({"please", "pls", "plz", "svp", "bitte", "merci", "por", "favor", "favore", "graag", "s'il", "il"})


def _for_a_while(hit: Hit, tokens: Tokens) -> bool:
    n = len(tokens.norms)
    for j in range(hit.end, min(hit.end + _TIME_LIMIT_REACH, n)):
        if tokens.breaks[j] or tokens.norms[j] not in _TIME_LIMITS | _FILLERS:
            return False  # "do not call me at work after 5pm" stays a stop: the workplace came first
        if tokens.norms[j] in _TIME_LIMITS:
            k = j + 1
            if k < n and tokens.norms[k] in _ARTICLES:
                k += 1  # "after the 15th", "avant le 10"
            return k < n and not tokens.breaks[k] and (
                tokens.numbers[k] or tokens.norms[k][:1].isdigit() or tokens.norms[k] in _TIME_WORDS)
    return False


# - A line or address that is no longer ours: "no more calls to the old number, the office moved",
#   "stop writing to our previous address", "plus d'appels sur l'ancien numéro". A contact update.
_OLD = frozenset({"old", "previous", "former", "outdated", "ancien", "ancienne", "alte", "alten", "alter", "altes",
                  "antiguo", "antigua", "vecchio", "vecchia", "oude", "oud"})
_LINES = frozenset({"number", "numbers", "line", "lines", "address", "addresses", "mobile", "phone", "email", "e-mail",
                    "mail", "office", "numero", "adresse", "ligne", "portable", "nummer", "anschrift", "telefonnummer",
                    "handynummer", "direccion", "telefono", "indirizzo", "adres", "telefoonnummer"})


def _old_line(hit: Hit, tokens: Tokens) -> bool:
    n = len(tokens.norms)
    for j in range(max(hit.start, hit.end - 2), min(hit.end + 4, n - 1)):
        if tokens.breaks[j]:
            return False
        if tokens.norms[j] in _OLD and (tokens.norms[j + 1] in _LINES or j + 2 < n and tokens.norms[j + 2] in _LINES):
            return True
    return False


# - Mail to one colleague stopped because they left: "please stop emailing Jim, he left the
#   company", "arrêtez d'écrire à Mme Roy, elle ne travaille plus chez nous" (person_gone reads
#   the leave_person families; "stop emailing"/"stop calling" end before the name).
_WRITER_OBJECTS = frozenset({"us", "me", "our", "my", "nous", "me", "moi", "uns", "mich", "mir", "nos", "ons", "mij",
                             "ci", "mi", "this", "the", "any", "anyone", "all"})


def _to_someone_gone(hit: Hit, tokens: Tokens) -> bool:
    n = len(tokens.norms)
    j = hit.end
    if j < n and tokens.norms[j] in ("to", "a", "an"):
        j += 1
    if j >= n or tokens.breaks[j] or tokens.norms[j] in _WRITER_OBJECTS:
        return False
    word = tokens.doc[j].text
    if not (word[:1].isupper() or tokens.norms[j] in ("him", "her", "mr", "mrs", "ms", "m.", "mme", "herrn", "frau")):
        return False
    lo, hi = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
    if hi < n:
        _, hi = tokens.sentence(min(hi + 1, n - 1), min(hi + 2, n), _SENTENCE_REACH)
    return bool(_PERSON_GONE.search(_padded(tokens.norms[lo:hi])))


# "Écrivez-moi plutôt ici à jean@..., ma boîte est pleine", "write to me instead at j@...": a
# new address to write to, a contact change, not a channel refused. Only the write-to-me request
# itself with an address right after it; "don't call me, email me at ..." keeps its stop.
_WRITE_VERBS = frozenset({"ecrivez", "write", "schreiben", "escribanme", "escribannos", "escriban", "scrivete", "scrivetemi"})
_ADDRESS_REACH = 4


def _write_here_instead(hit: Hit, tokens: Tokens, sentence: set[str]) -> bool:
    if tokens.norms[hit.start] not in _WRITE_VERBS or not _NOT_LETTERS.isdisjoint(sentence):
        return False
    return any("@" in norm for norm in tokens.norms[hit.end:hit.end + _ADDRESS_REACH])


# "Wir wären Ihnen dankbar, wenn Sie für die Dauer der Ratenvereinbarung von weiteren Mahnungen
# absehen könnten", "please hold the reminders while the instalments run": reminders paused for
# as long as a payment arrangement runs, not contact refused. Only the reminders (no calls,
# visits or lawyer in the sentence).
_FOR_THE_PLAN = re.compile(
    r" (?:for the duration of|during|while|as long as|for as long as|pendant la duree d[eu]|pendant|tant qu|tant que"
    r"|fur die dauer d(?:er|es)|wahrend d(?:er|es)|solange|durante(?: la vigencia d(?:e|el))?|mientras)"
    r" (?:\S+ ){0,3}(?:plan|payment plan|instalments?|installments?|arrangement|agreement|echeancier|echelonnement"
    r"|ratenvereinbarung|ratenzahlung|raten|zahlungsvereinbarung|stundung|plan de pagos?|acuerdo|aplazamiento) ")
_REMINDER_WORDS = frozenset({
    "reminders", "reminder", "chasers", "dunning", "mahnungen", "mahnung", "zahlungserinnerungen", "erinnerungen",
    "mahnschreiben", "relances", "relance", "rappels", "recordatorios", "reclamaciones", "requerimientos",
})


def _paused_for_plan(tokens: Tokens, lo: int, hi: int, sentence: set[str]) -> bool:
    if sentence.isdisjoint(_REMINDER_WORDS) or not _NOT_LETTERS.isdisjoint(sentence):
        return False
    return bool(_FOR_THE_PLAN.search(_padded(tokens.norms[lo:hi])))


# "I'm moving to our Antwerp office; please address all reminders to my colleague Thijs Mulder,
# t.mulder@..., and remove my email address from your reminder list": one person's address taken
# off while the account is handed to someone else, a contact change (docs/labelling.md: sending to
# another address stays contact_update). Only the remove-my-address family, with a successor and
# an address named in the message.
_MY = frozenset({"my", "mon", "ma", "mes", "mi", "mis", "meine", "meinen", "mijn", "mio", "minha", "meu"})
_SUCCESSOR = frozenset({
    "colleague", "colleagues", "successor", "replacement", "collegue", "successeur", "remplacant", "remplacante",
    "kollege", "kollegin", "nachfolger", "nachfolgerin", "companero", "companera", "sucesor", "sucesora",
    "collega", "successore", "collega's", "opvolger", "colega",
})


# "I've moved to the estimating team. Please take me off your reminder emails and use accounts@...
# instead": the writer alone taken off our reminders, with an address to use, is the same change.
_ME = frozenset({"me", "moi", "mij", "mich", "mi"})


def _handed_over(hit: Hit, tokens: Tokens) -> bool:
    family = hit.rule.name.rsplit(".", 1)[-1]
    rest = tokens.norms[:hit.start] + tokens.norms[hit.end:]
    if family == "off_reminders" and not _ME.isdisjoint(tokens.norms[hit.start:hit.end]):
        return any("@" in norm for norm in rest)
    if family != "stop_sending" or _MY.isdisjoint(tokens.norms[hit.start:hit.end]):
        return False
    return not _SUCCESSOR.isdisjoint(rest) and any("@" in norm for norm in rest)


# "Suite à la reprise de la comptabilité de notre mandante": an accountant's (fiduciaire's)
# principal, not a lawyer's client.
_BOOKKEEPING = frozenset({"comptabilite", "fiduciaire", "comptable", "comptables", "buchhaltung", "treuhand",
                          "treuhander", "contabilidad", "gestoria", "accounts", "bookkeeping", "accounting"})
_PRINCIPAL = frozenset({"mandante", "mandant", "mandantin"})


def _accountants_principal(hit: Hit, tokens: Tokens, sentence: set[str]) -> bool:
    if tokens.norms[hit.end - 1] not in _PRINCIPAL or sentence.isdisjoint(_BOOKKEEPING):
        return False
    return not any(word in sentence for word in ("avocat", "avocats", "anwalt", "rechtsanwalt", "abogado", "lawyer",
                                                 "cesser", "contacter", "contact", "appels"))


# "Winding up the Teesside contract", "the liquidation of the project account", "Abwicklung des
# Projekts": a job, contract or account closed out, not the company.
_PROJECT_WORDS = frozenset({
    "contract", "contracts", "project", "projects", "job", "jobs", "site", "sites", "charter", "charters",
    "season", "account", "accounts", "order", "orders", "campaign", "programme", "program", "scheme",
    "tender", "deal", "lease", "joint", "venture", "fund", "trial", "pilot", "office", "branch", "depot",
    "warehouse", "yard", "fleet", "vessel", "operation", "partnership", "arrangement", "agreement",
    "chantier", "projet", "contrat", "projekt", "projekts", "vertrag", "vertrags", "auftrag", "auftrags",
    "baustelle", "proyecto", "contrato", "obra",
})
_PROJECT_REACH = 9
_SUBJECT_REACH = 4
_PROJECT_FAMILIES = frozenset({"insolvency_notice.en.liquidation"})
# "The Danish Bankruptcy Act", "the EU restructuring directive", "Insolvenzordnung": the law named,
# not a procedure; a real notice has its other words (appointed, creditors, court ...).
_LAW_WORDS = frozenset({"act", "acts", "code", "law", "laws", "directive", "regulation", "regulations",
                        "legislation", "statute", "reform", "reforms", "rules", "bill", "amendment", "amendments"})
_LAW_FAMILIES = frozenset({"insolvency_notice.en.insolvent", "insolvency_notice.en.ceased_trading"})


# "We went through a restructuring plan back in 2024; it was fully implemented and the supervisor
# discharged": a procedure over and done. Only the softer cues (a plan, a moratorium) give way; a
# named court procedure or office holder stays a notice.
_COMPLETED = (
    "fully implemented", "successfully implemented", "successfully completed", "emerged from", "came out of",
    "exited", "was discharged", "were discharged", "has been discharged", "have been discharged",
    "trading well", "back to normal", "normal terms", "termine avec succes", "integralement execute",
    "plan execute", "erfolgreich abgeschlossen", "aufgehoben", "vollstandig umgesetzt", "cumplido integramente",
    "concluido con exito",
)
_COMPLETED_REACH = 60


def _completed_in(hit: Hit, tokens: Tokens) -> bool:
    if hit.rule.weight > MEDIUM:
        return False
    lo, hi = max(0, hit.start - _COMPLETED_REACH), min(len(tokens.norms), hit.end + _COMPLETED_REACH)
    window = _padded(tokens.norms[lo:hi])
    return any(f" {phrase} " in window for phrase in _COMPLETED)


# "We emerged from Chapter 11 in 2024", "nous sommes sortis de la procédure de sauvegarde en 2023",
# "das Insolvenzverfahren wurde 2022 erfolgreich abgeschlossen": a procedure named as over, with
# no hope or plan of getting out ("we expect to emerge from Chapter 11" is still in it).
_EXITED = ("emerged from", "came out of", "exited", "exited from", "got out of", "sortis de", "sortie de",
           "sorti de", "sorties de", "sortis du", "sortie du", "sorti du", "salimos de", "salimos del", "salido de",
           "salido del", "salio de", "salio del")
_EXIT_DETERMINERS = frozenset({"the", "our", "its", "la", "le", "notre", "el", "nuestro", "su"})
_STILL_TO_COME = frozenset({
    "expect", "expects", "expected", "hope", "hopes", "hoping", "plan", "plans", "planning", "aim", "will",
    "once", "until", "soon", "should", "shall", "esperons", "comptons", "prevoyons", "pensons",
    "devrions", "esperamos", "pensamos", "prevemos", "hoffen", "erwarten", "planen",
})
_EXIT_AFTER = ("erfolgreich abgeschlossen", "erfolgreich beendet", "ordnungsgemass abgeschlossen")
_EXIT_REACH = 6


def _named_as_over(hit: Hit, tokens: Tokens) -> bool:
    first, _ = tokens.sentence(hit.start, hit.end, _EXIT_REACH * 4)
    start = hit.start
    while True:
        before = " ".join(tokens.norms[max(first, start - 3):start])
        if any(before == phrase or before.endswith(" " + phrase) for phrase in _EXITED):
            return not any(word in _STILL_TO_COME for word in tokens.norms[first:start])
        if start <= first or hit.start - start >= 2 or tokens.norms[start - 1] not in _EXIT_DETERMINERS:
            break
        start -= 1
    _, last = tokens.sentence(hit.start, hit.end, _EXIT_REACH)
    after = _padded(tokens.norms[hit.end:last])
    return any(f" {phrase} " in after for phrase in _EXIT_AFTER)


# "Liquidation totale de notre stock d'exposition", "a liquidation sale of our showroom stock",
# "dissolution sans liquidation par transmission universelle de patrimoine": goods cleared, or a
# liquidation said not to happen (a merger into the parent), not the company wound up.
_STOCK_WORDS = frozenset({
    "stock", "stocks", "inventory", "showroom", "exposition", "expo", "demo", "display", "articles", "article",
    "marchandise", "marchandises", "merchandise", "collection", "collections", "modeles", "references", "lots",
    "lager", "lagerbestand", "lagerbestande", "restposten", "ausstellungsstucke", "existencias", "exposicion",
    "mercancia", "mercancias", "articulos", "sale", "sales", "vente", "ventes", "prix", "soldes", "ausverkauf",
})
_NOT_DONE = frozenset({"sans", "without", "ohne", "sin", "no", "pas"})
_STOCK_REACH = 6
_LIQUIDATION_FAMILIES = frozenset({"insolvency_notice.any.liquidation", "insolvency_notice.fr.liquidation",
                                   "insolvency_notice.en.liquidation", "insolvency_notice.es.liquidacion"})


def _goods_liquidation(hit: Hit, tokens: Tokens) -> bool:
    if hit.rule.name not in _LIQUIDATION_FAMILIES or not any("liquid" in norm for norm in tokens.norms[hit.start:hit.end]):
        return False
    if hit.start > 0 and tokens.norms[hit.start - 1] in _NOT_DONE:
        return True
    for i in range(hit.start, min(len(tokens.norms), hit.end + _STOCK_REACH)):
        if i >= hit.end and (tokens.breaks[i] or tokens.norms[i] in CLAUSE_BREAKS):
            break
        if tokens.norms[i] in _STOCK_WORDS:
            return True
    return any(tokens.norms[i] in _STOCK_WORDS for i in range(max(0, hit.start - 2), hit.start))


# Someone asked whether the writer was insolvent, and the writer denies it: "your office rang
# our foreman asking whether we were 'going into insolvency'. We are not insolvent", "on nous a
# demandé si nous étions en faillite : nous ne le sommes pas", "ob wir insolvent seien – wir sind
# es nicht", "preguntó si estábamos en concurso. No lo estamos". The question alone is kept (the
# answer may be yes); with the writer's own denial in the message it is no notice.
_ASKED_WHETHER = re.compile(
    r" (?:asking|asked|ask|wanted to know|wanting to know|wondering|wondered|enquiring|inquiring|rumou?rs?|suggesting|suggested"
    r"|demandant|demande|demandait|demander|savoir|rumeurs?|fragte|fragten|gefragt|fragend|wissen|geruchte?"
    r"|preguntando|pregunto|preguntaron|pregunta|saber|rumores?"
    r"|perguntar|perguntando|perguntou|perguntaram|pergunta|chiesto|chiedendo|chiedere|chiedeva|domandato|sapere|voci"
    r"|gevraagd|vragen|vroeg|vroegen|weten|geruchten?) (?:\S+ ){0,8}(?:whether|if|that|si|s|ob|dass|que|se|of) ")
_OWN_DENIAL = re.compile(
    r" (?:we are|we were|i am|the company is|our company is) (?:not|in no way|by no means|certainly not|absolutely not)"
    r" (?:insolvent|bankrupt|broke|going (?:into|under|bust)|in (?:administration|liquidation|receivership|insolvency))"
    r"| (?:nous|je) ne (?:sommes|suis) (?:pas|nullement|aucunement) (?:en (?:faillite|cessation|redressement|liquidation)|insolvables?)"
    r"| (?:nous|je) ne le (?:sommes|suis) (?:pas|nullement|aucunement) "
    r"| (?:wir sind|ich bin|die firma ist|das unternehmen ist) (?:nicht|keineswegs|keinesfalls) (?:insolvent|pleite|zahlungsunfahig)"
    r"| (?:wir sind|ich bin) es (?:nicht|keineswegs|keinesfalls) "
    r"| no (?:estamos|somos) (?:en (?:concurso|quiebra|liquidacion)|insolventes|insolvente)"
    r"| no lo (?:estamos|somos|estoy|soy) "
    r"| nao (?:estamos|somos) (?:em (?:insolvencia|per|falencia|liquidacao|recuperacao)|insolventes|falidos)"
    r"| non (?:siamo|sono) (?:falliti|fallita|insolventi|in (?:liquidazione|concordato|fallimento|crisi))"
    r"| (?:wij|we) zijn (?:niet|geenszins) (?:failliet|insolvent|in (?:surseance|faillissement|vereffening))"
    r"| (?:nothing to do with|no connection with|not connected to) (?:us|them) | (?:rien a voir|aucun lien) avec (?:nous|eux|elle|elles) "
    r"| nichts mit (?:uns|ihnen|denen) zu tun | nada que ver con (?:nosotros|ellos|ellas) ")


_ANSWER_REACH = 60  # tokens each side of the question: the answer is said near it, and the scan stays linear


def _asked_and_denied(hit: Hit, tokens: Tokens) -> bool:
    start, _ = tokens.sentence(hit.start, hit.end, _SENTENCE_REACH)
    before = _padded(tokens.norms[start:hit.start])
    if not _ASKED_WHETHER.search(before.replace('"', " ").replace("“", " ")):
        return False
    around = tokens.norms[max(0, hit.start - _ANSWER_REACH):hit.end + _ANSWER_REACH]
    return bool(_OWN_DENIAL.search(" " + " ".join(around) + " "))


_SUBJECT_CLAUSE = 6  # tokens before "closed its doors": "our Leeds branch [has now] closed its doors"
_CLOSURE_NAME = "insolvency_notice.en.closure"
_AVOIR = frozenset({"ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez", "avaient", "aurais",
                    "aurait", "aurions", "auraient"})
# A closure for a while: "closed its doors for the holidays / over Christmas / until March".
_FOR_A_WHILE = frozenset({
    "holiday", "holidays", "christmas", "easter", "summer", "winter", "weekend", "season", "refurbishment",
    "renovation", "renovations", "refit", "repairs", "works", "until", "till", "reopen", "reopens", "reopening",
    "temporarily", "vacation",
})


def _part_closed(hit: Hit, tokens: Tokens) -> bool:
    """Whether a part of a business (a branch, an office, a site) is what closed its doors: named in
    the clause just before the match."""
    i = hit.start - 1
    while i >= 0 and hit.start - i <= _SUBJECT_CLAUSE and not tokens.breaks[i] and tokens.norms[i] not in CLAUSE_BREAKS:
        if tokens.norms[i] in _PART_WORDS:
            return True
        i -= 1
    return False


def _near_miss(hit: Hit, tokens: Tokens) -> bool:
    n = len(tokens.norms)
    if _named_as_over(hit, tokens) or _goods_liquidation(hit, tokens) or _asked_and_denied(hit, tokens):
        return True
    if hit.rule.name == _CLOSED_NAMED_NAME and any(norm in _PART_WORDS for norm in tokens.norms[hit.start:hit.end]):
        return True  # "we closed the Leeds branch for good", "hemos cerrado la cuenta definitivamente"
    if hit.rule.name in (_DOORS_CLOSED_NAME, _CLOSED_NAMED_NAME) and _part_closed(hit, tokens):
        return True  # "our Leeds branch closed its doors for good", "notre agence de Lyon a fermé ses portes"
    if hit.end - hit.start == 1 and tokens.norms[hit.start] == "failli" and hit.start > 0 \
            and tokens.norms[hit.start - 1] in _AVOIR:
        return True  # "j'ai failli oublier": "almost", the verb faillir, not "le failli"
    if hit.rule.name == _CLOSURE_NAME and tokens.norms[hit.end - 1] == "doors" and any(
            norm in _FOR_A_WHILE for norm in tokens.norms[hit.end:hit.end + _SUBJECT_CLAUSE]):
        return True  # "the gym closed its doors for the holidays", "... until the refit is done"
    if hit.rule.name in _LAW_FAMILIES and hit.end < n and tokens.norms[hit.end] in _LAW_WORDS \
            and not (hit.start > 0 and tokens.norms[hit.start - 1] in {"under", "pursuant", "per"}):
        return True
    if hit.rule.name in _PROJECT_FAMILIES and tokens.norms[hit.end - 1] == "up":
        for i in range(hit.end, min(n, hit.end + _PROJECT_REACH)):
            if tokens.breaks[i] or tokens.norms[i] in CLAUSE_BREAKS:
                break
            if tokens.norms[i] in _PROJECT_WORDS:
                return True
        # "now that the harbour project is wound up": the subject just before.
        for i in range(hit.start - 1, max(-1, hit.start - 1 - _SUBJECT_REACH), -1):
            if tokens.breaks[i] or tokens.norms[i] in CLAUSE_BREAKS:
                break
            if tokens.norms[i] in _PROJECT_WORDS:
                return True
    return False


# An unhedged insolvency match (no "customer"/"supplier" word right before it) is still someone
# else's when the third party named just before it is one of the writer's own clients or
# customers: the engine's hedge words do not know "Mandanten", "clienta", "contractor".
_CUSTOMER_WORDS = frozenset({
    "customers", "customer", "clients", "client", "mandanten", "mandantin", "klienten", "kunden", "kunde",
    "auftraggeber", "abnehmer", "clientes", "cliente", "clienta", "contractor", "contractors",
    "tenants", "distributors", "buyers", "holders", "members", "charterers", "lessees", "licensees", "dealers",
    "operators", "builders", "developers", "suppliers", "debtors", "resellers", "franchisees", "acheteurs", "acheteur", "locataires", "locataire", "armateurs", "affreteurs", "compradores",
    "comprador", "arrendatarios", "inquilinos", "promotores", "promotora", "armadores", "fletadores",
    # whom the writer builds or works for, or rents from (the ends of third_party.*'s trade patterns)
    "operator", "developer", "landlord", "landlords", "freeholder", "franchisor", "gc", "owner",
    # the end of "the owner of our franchised ... property" (third_party.en.customer)
    "property", "properties", "hotel", "hotels", "premises", "location", "locations", "restaurant", "restaurants",
    "store", "stores", "site", "sites", "building",
    "principal", "principale", "historique", "majeur", "majeure", "important", "ouvrage", "louvrage", "promoteur",
    "generale", "bailleur", "murs", "ordre", "franchiseur", "armateur", "transporteur", "affreteur", "transitaire",
    "maritime", "homonyme", "naviera", "armador", "transportista", "fletador", "transitario", "homonimo", "homonima",
    "reederei", "reeder", "spedition", "spediteur", "frachtfuhrer", "namensvetter", "gleichnamige", "gleichnamigen",
    "shipowner", "line", "carrier", "haulier", "forwarder", "namesake", "name", "bauherr", "bauherrn", "bauherren", "bautrager",
    "bautragers", "generalunternehmer", "generalunternehmers", "hauptauftraggeber", "hauptauftraggebers",
    "vermieter", "vermieters", "franchisegeber", "promotor", "operador", "operadora", "arrendador", "casero",
    "franquiciador",
    # sponsors and funders (third_party.*'s sponsor patterns)
    "sponsor", "sponsors", "funder", "funders", "donor", "donors",
    "patron", "account", "accounts", "mecene", "mecenes", "financeur", "financeurs", "donateur", "donateurs",
    "commanditaire", "commanditaires", "financier", "financiers", "sponsoren", "hauptsponsor", "hauptsponsors",
    "geldgeber", "geldgebers", "forderer", "forderers", "patrocinador", "patrocinadora",
    "patrocinadores", "mecenas", "financiador", "financiadores", "donante", "donantes",
    # Italian, Dutch/Afrikaans, Portuguese and Catalan customers and suppliers; neighbours and landlords
    "clienti", "fornitori", "fornitore", "debitori", "debitore", "debitrice", "distributori", "vicino", "locatore", "proprietario",
    "klanten", "klant", "leveranciers", "leverancier", "afnemers", "afnemer", "debiteuren", "kliente", "klient", "verskaffers",
    "verskaffer", "buurman", "buurvrouw", "verhuurder", "opdrachtgevers", "opdrachtgever", "hoofdopdrachtgever", "huurders",
    "medehuurders", "medehuurder", "buren", "onderaannemers", "onderaannemer", "aannemers", "aannemer", "concurrenten", "fornecedores", "fornecedor", "devedores", "devedor",
    "distribuidores", "vizinho", "senhorio", "clients", "proveidors", "proveidor", "deutors", "deutor", "distribuidors",
    "vei", "voisin", "voisine", "voisins", "neighbour", "neighbours", "neighbor", "neighbors",
    "partenaire", "partenaires",
    "obra",  # "o dono de obra" (the project owner)
    # Polish (third_party.pl.klient's ends), folded as the norms are (intent_engine.rule_fold: "ł" reads "l")
    "klientow", "klienta", "odbiorcow", "odbiorca", "odbiorcy", "kontrahentow", "kontrahent", "kontrahenta",
    "dluznikow", "dluznik", "dluznika", "dostawcow", "dostawca", "dostawcy", "partnerow", "sasiad", "wynajmujacy",
})


_CUSTOMER_CLAUSE = 8  # tokens: "einer unserer Mandanten [ist letzten Monat] in Konkurs gefallen"
# The customer described at more length ("le promoteur pour qui on dessinait les plans ... vient de
# faire faillite", "o dono de obra do empreendimento de ... apresentou-se à insolvência"): only for the
# first procedure after the customer word, so later office holders in the sentence stay hedged (recall first).
_CUSTOMER_CLAUSE_FIRST = 14


_APPOSITION_MARKS = frozenset({",", "-", "–", "—", "("})
_APPOSITION_CLOSE = {",": ",", "-": "-", "–": "–", "—": "—", "(": ")"}
_APPOSITION_REACH = 10
# A description in brackets runs longer: "our biggest account (a startup in the old market district
# we did office lunches for) filed Chapter 7".
_BRACKET_REACH = 20


def _past_apposition(tokens: Tokens, end: int, limit: int) -> int:
    """Where the clause goes on after an apposition that opens at `end` ("our biggest customer[,
    Innpark Wohnbau GmbH,] filed"): the token after its closing mark, else `end`."""
    if end >= limit or tokens.norms[end] not in _APPOSITION_MARKS:
        return end
    close = _APPOSITION_CLOSE[tokens.norms[end]]
    reach = _BRACKET_REACH if tokens.norms[end] == "(" else _APPOSITION_REACH
    # A name in brackets inside the apposition does not count: "uno de nuestros mayores
    # clientes[, una cadena de bares de la Costa del Sol (Grupo Marbella Tapas),] ha entrado".
    i, stop = end + 1, min(limit, end + 1 + reach)
    while i < stop:
        if tokens.breaks[i]:
            return end
        if tokens.norms[i] == close:
            return i + 1
        if close != ")" and tokens.norms[i] == "(":
            closing = next((j for j in range(i + 1, min(limit, i + 1 + _BRACKET_REACH))
                            if tokens.breaks[j] or tokens.norms[j] in (")", "(")), None)
            if closing is None or tokens.norms[closing] != ")" or tokens.breaks[closing]:
                return end
            stop = min(limit, stop + (closing - i) + 1)
            i = closing
        i += 1
    return end


# A relative clause in which the writer describes the third party: "the operator [we drill for]
# filed for Chapter 11", "the builders [we supply] have gone into administration", "le promoteur
# [pour lequel nous travaillons] est en liquidation". The writer's "we" there has a verb of its
# own (not an auxiliary, not an adverb) and the third party's verb follows it; "because of our
# customer we [unfortunately have] gone into administration" is the writer's own notice.
_RELATIVE_OPENERS = frozenset({
    "that", "who", "whom", "which", "for", "with", "to", "from", "pour", "avec", "chez", "lequel",
    "laquelle", "lesquels", "lesquelles", "qui", "que", "dont", "auquel", "auxquels", "fur", "mit",
    "bei", "den", "die", "dem", "denen", "das", "der",
})
_OWN_CHAIN = frozenset({
    "have", "has", "had", "'ve", "ve", "are", "'re", "re", "is", "was", "were", "be", "been", "being",
    "am", "'m", "will", "shall", "would", "may", "might", "must", "can", "could", "do", "did", "does",
    "now", "just", "also", "then", "therefore", "today", "yesterday", "again", "already", "ourselves",
    "myself", "both", "all", "too", "thus", "hence", "indeed", "still", "not", "never", "finally",
    "went", "gone", "go", "going", "entered", "enter", "filed", "file", "placed", "put", "got", "get",
    "avons", "sommes", "ai", "suis", "avions", "etions", "serons", "aurons", "allons", "venons",
    "malheureusement", "desormais", "maintenant", "aujourd", "hui", "deja", "donc", "aussi",
    "haben", "habe", "sind", "bin", "waren", "hatten", "wurden", "werden", "leider", "nun", "jetzt",
})
_THIRD_PARTY_VERBS = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "went", "filed", "entered", "collapsed", "got",
    "est", "sont", "a", "ont", "etait", "vient", "viennent", "ist", "sind", "hat", "haben", "war",
    "musste", "ha", "han", "esta", "estan", "fue", "entro",
})
_NEW_SUBJECTS = frozenset({"it", "this", "there", "they", "he", "she", "ce", "il", "elle", "ils", "es", "sie", "er"})
_LY_VERBS = frozenset({"supply", "apply", "reply", "rely", "comply", "fly", "multiply"})  # not adverbs
_RELATIVE_REACH = 9


def _past_description(tokens: Tokens, end: int, limit: int, resumed: int) -> int:
    """Where the third party's own clause resumes after `end`: past an apposition between commas
    or dashes (`resumed`, from _past_apposition), or past a relative clause of the writer's
    describing it; else `end`."""
    if resumed != end or limit - end > _RELATIVE_REACH:
        return resumed
    words = tokens.norms[end:limit]
    if any(tokens.breaks[i] or tokens.norms[i] in CLAUSE_BREAKS for i in range(end, limit)):
        return end
    own = next((k for k, word in enumerate(words) if word in _FIRST_PERSON), None)
    if own is None or any(word not in _RELATIVE_OPENERS for word in words[:own]) or own + 1 >= len(words):
        return end
    verb = words[own + 1]
    if verb in _OWN_CHAIN or verb in _FIRST_PERSON or verb in _THIRD_PARTY_VERBS \
            or verb.endswith("ly") and verb not in _LY_VERBS:
        return end
    rest = words[own + 1:]
    if any(word in _FIRST_PERSON or word in _NEW_SUBJECTS for word in rest):
        return end  # "because of our customer we decided [it] was best to enter administration"
    if any(word in _THIRD_PARTY_VERBS for word in tokens.norms[end + own + 2:min(limit + 1, end + own + 5)]):
        return limit  # the third party's verb, up to the insolvency match's first word
    return end


def _bracket_opening(tokens: Tokens, close: int) -> int | None:
    """The "(" that the ")" at `close` ends, within _BRACKET_REACH tokens and the sentence."""
    for i in range(close - 1, max(-1, close - 1 - _BRACKET_REACH), -1):
        if tokens.breaks[i] or tokens.norms[i] == ")":
            return None
        if tokens.norms[i] == "(":
            return i
    return None


def _next(positions: list[int], start: int) -> int:
    return next((at for at in positions if at >= start), start)


def _names_a_customer(tokens: Tokens, end: int) -> bool:
    return tokens.norms[end - 1] in _CUSTOMER_WORDS or tokens.norms[end - 1] in _SUPPLY_VERBS


def cut_paragraphs(own_text: str) -> str:
    """The paragraphs strip_boilerplate drops, where a request can hide: "stop emailing us;
    anything further in writing to our registered office" reads like a company footer."""
    return "\n\n".join(p for p in _PARAGRAPHS.split(own_text) if p.strip() and not strip_boilerplate(p).strip())


def cease_contact_yields(rule_names: Iterable[str], labels: Iterable[str]) -> bool:
    """Whether the cease_contact matches (rule names) say nothing beyond the other labels:
    "we paid on 3 Nov, stop chasing us" is a paid claim; an administrator's "all correspondence
    to the undersigned" is part of the insolvency notice; "talk to her, not me" without an
    insolvency is a contact change; "call me on my mobile" asks nothing; a lawyer claiming money
    for their client from us asks nothing about contact. "Don't call my mobile, write to
    accounts@" stays a cease request (docs/labelling.md: stopping one channel of collection
    contact restricts how we may collect), with the contact change beside it."""
    families = {name.rsplit(".", 1)[-1] for name in rule_names}
    present = set(labels)
    if families & CLAIM_ON_US_FAMILIES and families <= CLAIM_ON_US_FAMILIES | REPRESENTATION_FAMILIES:
        return True  # "we are instructed by our client ... the sum due to our client": a claim on us
    if families <= ONE_LINE_FAMILIES:
        return True  # "call me on my mobile": no request at all
    # ("please remove us from your reminder list" is read by remove_from_list too)
    reminders_only = families <= STOP_REMINDER_FAMILIES or (
        "off_reminders" in families and families <= STOP_REMINDER_FAMILIES | {"remove_from_list"})
    if present & {"already_paid", "remittance_advice"} and reminders_only:
        return True
    if "marketing_optout" in families and families <= MARKETING_FAMILIES:
        return True
    if "insolvency_notice" not in present:
        return families <= REDIRECT_FAMILIES  # "write to Lea from now on, not to me": a new contact
    return families <= OFFICE_ROUTING_FAMILIES


@lru_cache(maxsize=1)
def _insolvency_rules() -> RuleSet:
    return RuleSet(INSOLVENCY)


# The customer's own words say the forward reached us by mistake ("sorry, this was meant for our
# legal team, please ignore!", "inoltrata per errore", "per abuis doorgestuurd", "par erreur",
# "versehentlich weitergeleitet", "enviado por error", "por engano"): the letter below, a webinar
# on insolvency law or someone's notice, tells nothing about the customer (round 17, dev104).
SENT_IN_ERROR: tuple[Rule, ...] = (
    rule(
        "third_party.any.sent_in_error",
        STRONG,
        "{sent|forwarded|emailed|mailed} {this|it|that}? {to you}? {by mistake|in error|by accident|accidentally|wrongly}",
        "{accidentally|mistakenly|wrongly} {sent|forwarded|emailed}",
        "{was|is|were} {meant|intended} for {our|my|the|someone|another|a|an}",
        "{sent|forwarded} {this|it}? to the wrong {person|address|recipient|email|email address}",
        "please {ignore|disregard} {this|it|the above|the below|this email|this message}? {!|.}",
        "{envoye|envoyee|envoyes|transfere|transferee|transferes|adresse|adressee|parti|partie|recu|recue} par erreur",
        "{merci de|veuillez|priere de} {ne pas en tenir compte|ignorer ce message|ignorer ce mail|ignorer ce courriel}",
        "{versehentlich|irrtumlich|falschlicherweise|aus versehen} {gesendet|geschickt|weitergeleitet|zugeschickt|an sie}",
        "{bitte}? {ignorieren sie|ignorieren} {diese|die} {nachricht|mail|e mail|weiterleitung}",
        "war fur {unsere|unseren|meine|meinen|die|den} _2 {bestimmt|gedacht}",
        "{enviado|enviada|reenviado|reenviada|mandado|mandada|llegado|llegada} por {error|equivocacion}",
        "{ignora|ignore|ignorad|ignoren} {este|el|esta} {correo|mensaje|email|mail}",
        "{inviato|inviata|inoltrato|inoltrata|mandato|mandata|arrivato|arrivata} per errore",
        "{ignorate|ignora|ignori} {questa|questo|la|il} {mail|email|e mail|messaggio}",
        "per {abuis|ongeluk|vergissing} {gestuurd|verstuurd|doorgestuurd|naar jullie|naar u|naar jou}",
        "{gestuurd|verstuurd|doorgestuurd} per {abuis|ongeluk|vergissing}",
        "was bedoeld voor",
        "{enviado|enviada|reencaminhado|reencaminhada|encaminhado|encaminhada} por engano",
        "{ignore|ignorem} {este|esta|o|a} {email|e mail|mensagem}",
        negatable=False,
    ),
)


@lru_cache(maxsize=1)
def _sent_in_error_rules() -> RuleSet:
    return RuleSet(SENT_IN_ERROR)


def forwarded_insolvency(forwarded: Tokens, own: Tokens) -> list[Hit]:
    """Insolvency matches in a letter the customer forwards ("pour info, ci-dessous le courrier de
    notre mandataire", "Zur Info, siehe unten" above the Insolvenzverwalter's letter): the
    customer's own notice, unless the letter or the customer's own words make the procedure
    someone else's ("one of our customers went under, see the administrators' letter below")."""
    hits = without_third_party(_insolvency_rules().find(forwarded), forwarded)
    if not hits or _third_party_rules().find(own) or _owing_rules().find(own) or _asks_about_us_rules().find(own) \
            or _sent_in_error_rules().find(own):
        return []
    return hits


# Round 19 (the arrival of dev112-dev115): Danish and Swedish. "konkurs" is read by the German rule
# (*konkurs*); these add the other procedures and their office holders: rekonstruktion (rekonstruktør,
# företagsrekonstruktion), kurator and konkursförvaltare, likvidation (likvidator), tvangsopløsning,
# betalningsinställelse, and the call to lodge claims (anmelde krav, bevaka fordran). Both negate after
# the verb ("vi er ikke under konkurs", "vi har inte ansökt om företagsrekonstruktion"): a negation
# anywhere before the match in its clause blocks it. The requests to stop contact carry their own
# "ikke"/"inte" and are not negatable.
_NOT_NORDIC = ("ikke", "inte", "ej", "aldrig", "hvis", "om", "ifall", "rygter", "rygtet", "rykten", "ryktet", "undgå",
               "undga", "undvika", "risiko", "risk", "risikerer", "riskerar", "truet", "hotad", "hotas")
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.nordic.procedure",
        STRONG,
        "{rekonstruktion|rekonstruktionen|rekonstruktionsbehandling|rekonstruktionsbehandlingen|rekonstruktør|"
        "rekonstruktøren|rekonstruktor|rekonstruktoren|rekonstruktören|företagsrekonstruktion|foretagsrekonstruktion|"
        "företagsrekonstruktionen|foretagsrekonstruktionen|konkursförvaltare|konkursforvaltare|konkursförvaltaren|"
        "konkursforvaltaren|konkursbo|konkursboet|konkursboer|tvangsopløsning|tvangsoplosning|tvangsopløst|tvangsoplost|"
        "tvangsopløses|betalningsinställelse|betalningsinstallelse|betalingsstandsning|betalingsstandsningen|"
        "tvangsakkord|likvidator|likvidatoren|likvidatorn|likvidatorer|bevakningsförfarande|bevakningsforfarande|"
        "anmeldelsesformular|anmeldelsesformularen|dekretdagen|skifteretten|konkursdekret|konkursdekretet}",
        "{udpeget|beskikket|udnævnt|udnaevnt|som|er|boets|konkursboets|utsedd|utsedda|förordnad|forordnad} {til}? "
        "{kurator|kuratoren|medkurator}",
        "{kurator|kuratoren} {for|i|over|för|i} {boet|konkursboet|selskabet|bolaget|konkursen}",
        "{i|under|trådt i|tradt i|trätt i|tratt i|gått i|gatt i|gået i|gaet i|sat i|satt i|besluttet|beslutat om} "
        "{likvidation|tvangslikvidation|tvångslikvidation|tvangslikvidation}",
        "{anmelde|anmeldes|anmeld|anmäla|anmala|anmälas|anmalas|bevaka|bevakas|bevakning} {jeres|er|ert|era|eventuelle|"
        "eventuella|sine|sina}? {krav|kravet|fordran|fordringar|fordringer|fordringen|tilgodehavende|tilgodehavender}",
        "{krav|fordringer|fordringar|fordran|tilgodehavender} {anmeldes|bevakas|skal anmeldes|ska bevakas|skall bevakas}",
        "{offentligt|offentlig} ackord",
        negatable=False,
        blockers=_NOT_NORDIC,
    ),
)
# "vi er ikke gået konkurs", "vi är inte i konkurs", "rygter om vores konkurs": the German rule reads "konkurs"
INSOLVENCY = with_blockers(INSOLVENCY, ("insolvency_notice.de.insolvenz",), _NOT_NORDIC[:3] + _NOT_NORDIC[7:11])
THIRD_PARTY = THIRD_PARTY + (
    rule(
        # Someone else's konkurs: "en af vores største kunder er gået konkurs", "vår kund är i rekonstruktion"
        "third_party.nordic.customer",
        STRONG,
        "{en|et|ett|én|to|två|tva|flere|flera|nogle|några|nagra} {af|av} {vores|vore|våra|vara|mine|mina} {største|storste|"
        "största|storsta|vigtigste|viktigaste|store|stora|faste|fasta}? {kunder|kunders|leverandører|leverandorer|"
        "leverantörer|leverantorer|debitorer|samarbejdspartnere|samarbetspartner|lejere|hyresgäster}",
        "{vores|vor|vår|var|min} {største|storste|största|storsta|vigtigste|viktigaste|store|stora}? {kunde|kund|"
        "leverandør|leverandor|leverantör|leverantor|debitor|udlejer|hyresvärd|nabo|granne}",
        negatable=False,
    ),
)
_LAWYER_NORDIC = ("{advokat|advokaten|advokater|advokatfirma|advokatbyrå|advokatbyra|advokatkontor|jurist|juristen|"
                  "ombud|ombudet}")
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.nordic.stop",
        STRONG,
        # "ring ikke til os", "kontakt os ikke mere", "ring inte mig", "kontakta oss inte"
        # (the imperative, not the present: "sælgeren ringer os ikke tilbage" is a complaint)
        "{ring|ringe|ringa|kontakt|kontakte|kontakta|skriv|skriva|henvend} {ikke|inte|ej} "
        "{mere|længere|laengere|længre|laengre|längre|langre|mer|igen}? {til|på|pa}? {os|oss|mig|mej|min|mit|mitt}",
        "{ring|ringe|ringa|kontakt|kontakte|kontakta} {til}? {os|oss|mig|mej} {ikke|inte|ej}",
        # "jeg ønsker ikke at blive kontaktet", "jag vill inte bli kontaktad", "vi ønsker ikke flere telefonopkald"
        "{ønsker|onsker|önskar|onskar|vil|vill} {ikke|inte|ej} {at|att}? {blive|bli|bliva} {kontaktet|kontaktad|"
        "kontaktade|kontaktede|ringet op|ringet|uppringd|uppringda|ringd|ringda|chikaneret|trakasserad}",
        "{ønsker|onsker|önskar|onskar|vil|vill} {ikke|inte|ej} {have|ha}? {flere|fler|mere|mer|yderligere|ytterligare} "
        "{telefonopkald|opkald|opringninger|samtal|telefonsamtal|påmindelser|paminnelser|rykkere|henvendelser|mails|mejl}",
        "{stop|stoppe|stoppa|ophør|ophor|ophøre|ophore|upphör|upphor|upphöra|upphora|sluta|hold op|hør op} {med}? "
        "{at|att}? {ringe|ringa|kontakte|kontakta|chikanere|trakassera|rykke}",
        # "al kommunikation skal ske skriftligt", "kun skriftligt", "endast skriftligen"
        "{kun|endast|enbart|udelukkende|uteslutande|alene} {skriftligt|skriftligen|skriftlig|pr brev|per brev}",
        "{kommunikation|korrespondance|korrespondens|henvendelser|kontakt|kontakten} _6 {ske|ske kun|ske endast|foregå|"
        "foregaa|ske udelukkende|sker} {skriftligt|skriftligen}",
        # "kontakt os via vores advokat", "all kontakt ska gå genom vårt ombud"
        "{via|gennem|genom|igennem|through} {vores|vor|min|mit|vår|vårt|var|vart} " + _LAWYER_NORDIC,
        # the bankruptcy estate: "og ikke til selskabets tidligere direktør", "ska inte vända sig till bolagets
        # tidigare företrädare eller anställda"
        "{ikke|inte|ej} _4 {selskabets|bolagets|virksomhedens|företagets|foretagets|firmaets|skyldnerens|gäldenärens} "
        "{tidligere|tidigare}? {direktør|direktor|direktion|ledelse|ledning|ledelsen|ledningen|företrädare|foretradare|"
        "ansatte|anställda|anstallda|medarbejdere|medarbetare|vd|ejer|ejere|ägare|agare|bestyrelse|styrelse}",
        negatable=False,
        blockers=("hvis", "om", "ifall", "kan", "kunne", "kunna", "må", "får", "far"),
    ),
    # A modal with its negation before the verb, which the family above blocks ("I må gerne ringe" is
    # leave to call): "du må ikke ringe til os igen", "ni får inte ringa mig mer", "I skal ikke kontakte
    # mig på arbejdet".
    rule(
        "cease_contact.nordic.must_not",
        STRONG,
        "{i|du|ni|de|dere} {må|får|skal|ska} {ikke|inte|ej} {længere|laengere|mere|mer|lenger|längre|langre}? "
        "{ringe|ringa|kontakte|kontakta|henvende|skrive|skriva} {til|till}? {os|oss|mig|meg|mej|min|mit|mitt}",
        negatable=False,
        blockers=("hvis", "om", "ifall"),
    ),
)


# Round 20 (dev116): Norwegian bokmål. "konkurs" is read by the German rule; these add the Norwegian
# procedures and office holders: bostyrer and konkursbo, rekonstruksjon (rekonstruktør), tvangsoppløsning,
# avvikling (avviklingsstyre), oppbud ("styret har begjært oppbud"), and the call to lodge claims
# ("melde krav i boet"). Cease-contact: "ikke ring", "kun skriftlig", "kontakt vår advokat", a demand that
# the calls stop ("ber om at dette opphører"), contact "skal skje skriftlig".
_NOT_NB = ("ikke", "aldri", "hvis", "dersom", "rykter", "ryktet", "unngå", "unnga", "risiko", "truet")
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.nb.procedure",
        STRONG,
        "{bostyrer|bostyreren|bostyrers|konkursboet|konkursbo|rekonstruksjon|rekonstruksjonen|rekonstruksjonsforhandling|"
        "rekonstruktør|rekonstruktøren|tvangsoppløsning|tvangsopplosning|tvangsoppløst|tvangsopplost|tvangsoppløses|"
        "avviklingsstyre|avviklingsstyret|konkursåpning|konkursapning|gjeldsforhandling|gjeldsforhandlingen|"
        "bobehandling|bobehandlingen|fordringsanmeldelse|bomøte}",
        "{begjært|begjaert|begjærer|begjaerer|begjære|begjaere|innlevert|levert} {oppbud}",
        "{oppbud} {er|ble|har} {begjært|begjaert|levert|innlevert}",
        "{selskapet|virksomheten|bedriften|foretaket|vi} {er|blir|skal} {under|besluttet}? {avvikling|avviklet|"
        "lagt ned|slettet}",
        "{meld|melde|meldes|anmeld|anmelde|anmeldes} {deres|eventuelle|sine}? {krav|kravet|fordringer|fordring} {i|til} "
        "{boet|konkursboet|bostyrer|bostyreren}",
        negatable=False,
        blockers=_NOT_NB,
    ),
)
INSOLVENCY = with_blockers(INSOLVENCY, ("insolvency_notice.de.insolvenz",), ("aldri", "rykter", "ryktet"))
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.nb.stop",
        STRONG,
        # "ikke ring meg", "ring oss ikke", "ikke kontakt oss mer"
        "ikke {ring|ringe|kontakt|kontakte} {meg|oss|til meg|til oss|mitt|min}",
        "{ring|kontakt} {meg|oss} {ikke|aldri} {mer|igjen|lenger}?",
        # "jeg ønsker ikke å bli kontaktet", "vi vil ikke ha flere telefoner"
        "{ønsker|onsker|vil} ikke {å|a}? bli {kontaktet|oppringt|ringt}",
        "{ønsker|onsker|vil} ikke {å|a}? ha {flere|mer|noen flere} {telefoner|oppringninger|samtaler|henvendelser|purringer|"
        "purrebrev|e-poster|eposter|mailer|sms}",
        "{slutt|slutte|stopp|stoppe|hold opp|hør opp|hor opp} {med}? {å|a}? {ringe|kontakte|trakassere|mase}",
        # "jeg ber om at dette opphører umiddelbart"
        "{ber om|krever} at {dette|det|oppringingene|henvendelsene|telefonene|ringingen} {opphører|opphorer|stanser|"
        "slutter|stopper}",
        # "kun skriftlig", "all henvendelse skal skje skriftlig"
        "{kun|bare|utelukkende|heretter kun} {skriftlig|skriftlige|skriftlighet|per brev|pr brev}",
        "{henvendelse|henvendelser|kommunikasjon|kontakt|kontakten} _8 {skal skje|skjer|må skje|ma skje|foregå|"
        "skal foregå|skal ga|skal gå} {kun|bare|utelukkende}? {skriftlig}",
        # "kontakt vår advokat", "all kontakt går via vår advokat"
        "{kontakt|kontakte|via|gjennom|henvend dere til|rett henvendelser til} {vår|var|min|vårt|vart} "
        "{advokat|advokaten|advokatfirma|jurist|fullmektig|prosessfullmektig}",
        negatable=False,
        blockers=("hvis", "dersom", "kan", "kunne", "må", "får", "far"),
    ),
)
THIRD_PARTY = THIRD_PARTY + (
    rule(
        # Someone else's konkurs in Norwegian: "en av våre største kunder har gått konkurs", "vår kunde er under
        # rekonstruksjon"
        "third_party.nb.customer",
        STRONG,
        "{en|et|én|to|tre|flere|noen} av {våre|vare|mine} {største|storste|viktigste|store|faste}? {kunder|kunders|"
        "leverandører|leverandorer|debitorer|samarbeidspartnere|leietakere}",
        "{vår|var|min} {største|storste|viktigste|store}? {kunde|leverandør|leverandor|debitor|utleier|nabo}",
        negatable=False,
    ),
)


# Round 20 (the arrival of dev116-dev119).
# French: "postérieure au jugement" said of an order, a delivery or an invoice ("la facture FA-12
# (commande postérieure au jugement) a été réglée") is the customer paying post-opening business as
# usual, not a notice; said of debts, claims or anything else it stays the jugement family's (kept
# CLEAR, as before, when no order or invoice word stands just before it).
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.fr.jugement_posterieur",
        CLEAR,
        "{posterieure|posterieures|posterieur|posterieurs} au jugement",
        negatable=False,
        blockers=("commande", "commandes", "livraison", "livraisons", "facture", "factures", "bl", "bon", "bons",
                  "achat", "achats", "fourniture", "fournitures"),
    ),
)
# English (US): the debtor's counsel telling us our own collection after the petition breaches the
# automatic stay ("continued collection efforts violate the automatic stay", "any further demands
# would be a violation of the stay"): a request to stop collecting, kept beside the notice (unlike
# the statute's warning to all creditors, stay_warning, which asks nothing of us in particular).
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.en.collection_violates_stay",
        STRONG,
        "{continued|continuing|further|ongoing|any further|any continued|your|these|such} {collection|dunning}? "
        "{efforts|effort|activity|activities|attempts|actions|action|calls|demands|notices|reminders|statements|"
        "communications|contacts} _4 {violate|violates|violated|breach|breaches|contravene|contravenes|"
        "would violate|constitute a violation of|constitutes a violation of|are a violation of|is a violation of|"
        "would be a violation of|are in violation of|is in violation of} {the}? {automatic stay|stay|"
        "discharge injunction}",
        negatable=False,
    ),
)


# Round 20 (the arrival of dev116-dev119): Czech insolvency (insolvence, insolvenční řízení and its
# správce, úpadek, konkurs, reorganizace, oddlužení, moratorium), the company wound up (likvidace,
# likvidátor, "v likvidaci") and the requests to stop contact (nevolejte, pouze písemně, přes našeho
# advokáta). Czech negates with the prefix ne- ("nejsme v insolvenci", "nehrozí nám konkurs"): those
# words, a condition and a rumour block the rules, which carry their own negation; someone else's
# insolvency ("náš odběratel je v insolvenci") is the third party's.
_NOT_CS = ("ne", "nejsme", "není", "neni", "nehrozí", "nehrozi", "nebyl", "nebyla", "nebylo", "nepodali", "nepodáváme",
           "pokud", "jestli", "kdyby", "zda", "hrozí", "hrozi", "fámy", "famy", "spekulace", "údajně", "udajne",
           "odběratel", "odběratele", "odběratelé", "zákazník", "zákazníka", "dodavatel", "dodavatele", "vyhnout")
# "insolven*" (insolvency_notice.en.insolvent) also reads the Czech word: the same Czech negations block it
INSOLVENCY = with_blockers(INSOLVENCY, ("insolvency_notice.en.insolvent",),
                           tuple(w for w in _NOT_CS if w not in ("zda", "hrozi", "famy", "spekulace", "kdyby")))
INSOLVENCY = INSOLVENCY + (
    rule(
        "insolvency_notice.cs.insolvence",
        STRONG,
        # not "insolven*": the English and German words ("wir sind nicht insolvent") have their own rules
        "{insolvence|insolvenci|insolvencí}",
        "insolvenčn*",
        "{úpadek|úpadku|úpadkem}",
        # not "konkurs" nor "moratorium" alone: German and English words with their own (negatable) rules;
        # nor "konkursu" alone, the Polish tender ("konkurs ofert"): the Czech procedure's own phrases
        "{v|ve} {konkursu|konkurzu}",
        "{řešení|resit|řešit|vyřešen|vyresen} {úpadku}? {konkursem|konkurzem}",
        "{prohlášení|prohlásil|prohlásila|prohlášen|prohlášený|prohlášeného|prohlásit|návrh na|návrhu na} "
        "{konkurs|konkursu|konkurz|konkurzu}",
        "{oddlužení|oddluženi}",
        "{povolení|povolena|povolil|povolit|schválení|schválil|návrh na} {reorganizace|reorganizaci|reorganizací}",
        "{vyhlášení|vyhlásili|vyhlásila|vyhlášeno|vyhlásit|předběžné|předběžného} moratori*",
        "likvidátor*",
        "{zrušení|zrušena|zrušeni} _3 {s likvidací|likvidací}",
        "{likvidace|likvidaci} {společnosti|firmy|naší společnosti|naší firmy}",
        "{přihlaste|přihlásit|přihláška|přihlášku|přihlášky} {pohledávky|pohledávek|pohledávku|pohledávkou}",
        negatable=False,
        blockers=_NOT_CS,
    ),
    # "v likvidaci" of a company, not of an invoice: in Czech bookkeeping "likvidace faktury" is the
    # invoice's approval for payment ("faktura je v likvidaci, uhradíme ji do pátku")
    rule(
        "insolvency_notice.cs.v_likvidaci",
        STRONG,
        "{v|do} {likvidaci|likvidace}",
        negatable=False,
        blockers=_NOT_CS + ("faktura", "faktury", "fakturu", "fakturou", "faktur", "doklad", "doklady", "dokladu",
                            "platba", "platby", "schvalovani", "schválení"),
    ),
)
CEASE_CONTACT = CEASE_CONTACT + (
    rule(
        "cease_contact.cs.stop",
        STRONG,
        "{nevolejte|nevolají|nevolali|nevolala|nekontaktujte|nekontaktovali|neobtěžujte|neobtěžovali|nepište} _4 "
        "{nám|mi|mně|mě|nás|mne|na|domů|doma|už|více|již|soukromý|soukromé}",
        "{přestaňte|přestala|přestal|přestali|přestanete} _2 {volat|kontaktovat|psát|obtěžovat|urgovat|telefonovat}",
        "{zakazuji|zakazujeme|nepřeji si|nepřejeme si|nepreji si|neprejeme si} _4 {kontaktovali|volali|kontaktovat|volat|"
        "obtěžovali|psali}",
        "{pouze|výhradně|jen|výlučně|jedině} {písemně|písemnou formou|poštou|dopisem}",
        "{pouze|výhradně|jen|výlučně|jedině} {přes|prostřednictvím|s} {našeho|mého|naší|moji|mým|naším} {advokáta|advokátem|"
        "advokátku|právníka|právníkem|právního zástupce|právním zástupcem|advokátní kanceláře|advokátní kanceláří}",
        "{kontaktujte|obracejte se na|obraťte se na} {prosím}? {našeho|mého|naši|moji} {advokáta|advokátku|právníka|"
        "právního zástupce|advokátní kancelář}",
        negatable=False,
        blockers=("pokud", "jestli", "kdyby", "muzete", "muzeme"),
    ),
)
