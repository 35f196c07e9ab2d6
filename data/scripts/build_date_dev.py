#!/usr/bin/env python3
"""Write the date dev sets (data/dev/dates/{fr,en}.jsonl) from the dev articles' lines and the hand-written
gold below, in the format of ../shared/conformance/dates/*.jsonl, so that
`python3 ../shared/tools/conformance.py --suite data/dev/dates --cmd "target/release/dossier extract"`
scores them. Each case is one line of a dev article; its reference is the article's publication date.
Gold: (text, TIMEX3 type, accepted values...). A line listed with no gold is a negative case (only
look-alikes such as `the first`, `A second`, `une quinzaine d'enseignes`)."""
import json, os

GOLD = {
 "fr": {
  "commemoration_des_63_ans_d'independance_par_un_defile_aerien#0": [("63 ans", "DURATION", "P63Y")],
  "commemoration_des_63_ans_d'independance_par_un_defile_aerien#2": [("mardi 1er août 2023", "DATE", "2023-08-01"), ("cette journée", "DATE", "2023-08-01")],
  "coupe_du_monde_de_rugby_2023#2": [("dimanche 15 octobre 2023", "DATE", "2023-10-15")],
  "des_centaines_de_morts_et_pres_de_1_000_blesses_dans_un_acci#2": [("vendredi soir", "TIME", "2023-06-02TEV")],
  "edgars_rinkevics_devient_le_premier_chef_d_etat_ouvertement_#2": [("Aujourd'hui", "DATE", "2023-07-09")],
  "edgars_rinkevics_devient_le_premier_chef_d_etat_ouvertement_#6": [("31 mai dernier", "DATE", "2023-05-31")],
  "face_aux_violences_sexistes_et_sexuelles#0": [("bientôt", "DATE", "FUTURE_REF")],
  "face_aux_violences_sexistes_et_sexuelles#2": [("septembre prochain", "DATE", "2023-09")],
  "face_aux_violences_sexistes_et_sexuelles#6": [],
  "la_nasa_lance_une_sonde_pour_etudier_un_asteroide_riche_en_m#2": [("vendredi", "DATE", "2023-10-13")],
  "la_nasa_lance_une_sonde_pour_etudier_un_asteroide_riche_en_m#6": [("six ans", "DURATION", "P6Y")],
  "le_lycee_chaptal_ouvre_ses_portes#2": [("samedi 16 septembre 2023", "DATE", "2023-09-16"), ("14 h", "TIME", "2023-09-16T14:00"), ("20 h", "TIME", "2023-09-16T20:00")],
  "le_lycee_chaptal_ouvre_ses_portes#4": [("29 mai 1987", "DATE", "1987-05-29")],
  "le_perimetre_de_recherche_elargi_et_toutes_les_maisons_du_vi#2": [("matin du lundi 10 juillet 2023", "TIME", "2023-07-10TMO"), ("deux ans et demi", "DURATION", "P2.5Y", "P30M")],
  "le_perimetre_de_recherche_elargi_et_toutes_les_maisons_du_vi#8": [("lundi matin", "TIME", "2023-07-10TMO")],
  "le_proces_de_stanis_bujakera_renvoye_au_20_octobre#0": [("20 octobre", "DATE", "2023-10-20")],
  "le_proces_de_stanis_bujakera_renvoye_au_20_octobre#2": [("septembre 2023", "DATE", "2023-09"), ("vendredi 13 octobre 2023", "DATE", "2023-10-13")],
  "le_proces_de_stanis_bujakera_renvoye_au_20_octobre#4": [("20 octobre", "DATE", "2023-10-20"), ("vendredi prochain", "DATE", "2023-10-20")],
  "le_proces_de_stanis_bujakera_renvoye_au_20_octobre#8": [("48 heures", "DURATION", "PT48H")],
  "ne_muanda_nsemi_est_mort_a_l_age_de_77_ans#0": [("77 ans", "DURATION", "P77Y")],
  "ne_muanda_nsemi_est_mort_a_l_age_de_77_ans#2": [("mercredi 18 octobre 2023 autour de 10heures de l'avant midi", "TIME", "2023-10-18T10:00")],
  "ne_muanda_nsemi_est_mort_a_l_age_de_77_ans#4": [("2006", "DATE", "2006"), ("2011", "DATE", "2011")],
  "ne_muanda_nsemi_est_mort_a_l_age_de_77_ans#6": [("juillet dernier", "DATE", "2023-07"), ("77 ans", "DURATION", "P77Y")],
  "un_train_de_marchandise_deraille_dans_le_maine#2": [("samedi 15 avril 2023, vers 8 h 30", "TIME", "2023-04-15T08:30")],
  "un_train_de_marchandise_deraille_dans_le_maine#8": [("il y a 10 ans", "DATE", "2013", "2013-04-15")],
 },
 "en": {
  "1007169#2": [("December 10, 2013", "DATE", "2013-12-10")],
  "1007169#3": [("today", "DATE", "2013-12-10")],
  "1007169#4": [],
  "1007169#5": [("33 years", "DURATION", "P33Y"), ("currently", "DATE", "PRESENT_REF")],
  "1007169#6": [("today", "DATE", "2013-12-10")],
  "1007169#8": [("2009", "DATE", "2009")],
  "1007169#9": [("January 15", "DATE", "2014-01-15")],
  "1007169#13": [("2008", "DATE", "2008")],
  "1007169#14": [("a year", "DURATION", "P1Y"), ("November 2010", "DATE", "2010-11")],
  "1007169#15": [("2012", "DATE", "2012")],
  "1007169#16": [("currently", "DATE", "PRESENT_REF")],
  "1007169#17": [("recently", "DATE", "PAST_REF")],
  "113219#2": [("September 17, 2008", "DATE", "2008-09-17")],
  "113219#3": [("today", "DATE", "2008-09-17")],
  "113219#6": [("16:08 UTC", "TIME", "2008-09-17T16:08"), ("earlier today", "DATE", "2008-09-17")],
  "113219#7": [("currently", "DATE", "PRESENT_REF")],
  "113219#8": [("the start of the day", "DATE", "2008-09-17"), ("16:08 UTC", "TIME", "2008-09-17T16:08")],
  "113219#10": [("yesterday", "DATE", "2008-09-16")],
  "113219#11": [("more than a few days", "DURATION", "PXD", "P3D")],
  "113219#12": [("today", "DATE", "2008-09-17"), ("Tuesday", "DATE", "2008-09-16")],
  "113219#14": [("the last several years", "DURATION", "PXY")],
  "113219#15": [("the past week", "DURATION", "P1W", "2008-W37"), ("Monday", "DATE", "2008-09-15"), ("the weekend", "DATE", "2008-W37-WE")],
  "125796#2": [("May 01, 2009", "DATE", "2009-05-01")],
  "125796#3": [("Thursday", "DATE", "2009-04-30")],
  "125796#8": [("a couple of months", "DURATION", "P2M")],
  "125796#9": [("30-to-60-day", "DURATION", "P30D", "P60D")],
  "125796#11": [("2011", "DATE", "2011")],
  "143300#2": [("November 03, 2009", "DATE", "2009-11-03")],
  "143300#3": [("the third quarter of this year", "DATE", "2009-Q3"), ("2011", "DATE", "2011")],
  "143300#8": [("the fourth quarter of this year", "DATE", "2009-Q4")],
  "3307#2": [("January 18, 2005", "DATE", "2005-01-18")],
  "3307#7": [("To date", "DATE", "PRESENT_REF")],
  "3307#9": [("currently", "DATE", "PRESENT_REF")],
  "3307#10": [("March", "DATE", "2005-03"), ("mid-2006", "DATE", "2006")],
  "41882#2": [("May 29, 2006", "DATE", "2006-05-29")],
  "41882#3": [("Tuesday", "DATE", "2006-05-23")],
  "41882#6": [("41-year", "DURATION", "P41Y")],
  "41882#7": [("1995", "DATE", "1995"), ("1996", "DATE", "1996")],
  "41882#9": [("January 2005", "DATE", "2005-01")],
  "41882#12": [("2008", "DATE", "2008")],
  "62929#2": [("March 19, 2007", "DATE", "2007-03-19")],
  "62929#3": [("Monday", "DATE", "2007-03-19")],
  "62929#5": [],
  "62929#6": [("Monday", "DATE", "2007-03-19")],
  "62929#8": [("12:30 EST", "TIME", "2007-03-19T12:30"), ("16:30 UTC", "TIME", "2007-03-19T16:30")],
  "62929#10": [("October", "DATE", "2007-10"), ("two years", "DURATION", "P2Y")],
  "62929#13": [("recently", "DATE", "PAST_REF")],
 },
}


def main():
    root = os.path.join(os.path.dirname(__file__), "..", "dev")
    for lang, cases in GOLD.items():
        rows = []
        for cid, exp in cases.items():
            doc, line = cid.rsplit("#", 1)
            raw = open(os.path.join(root, "ner", lang, "texts", doc + ".txt"), encoding="utf-8").read()
            head, text = raw.split("\n", 1)
            sent = text.split("\n")[int(line)]
            for e in exp:
                assert e[0] in sent, (cid, e[0])
            rows.append({"id": f"{lang}-dev-{cid}", "text": sent, "reference": head.split()[1], "reference_stated": True,
                         "lang": lang, "source": f"data/dev/ner/{lang}/texts/{doc}.txt line {int(line) + 2}",
                         "expected": [{"text": e[0], "type": e[1],
                                       "values": [{"timex": v, "type": e[1], "value": v} for v in e[2:]]} for e in exp]})
        with open(os.path.join(root, "dates", f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, len(rows), "cases", sum(len(r["expected"]) for r in rows), "expressions")


if __name__ == "__main__":
    main()
