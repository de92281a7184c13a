"""Tests for pipeline.dates: a table of expressions with hand-computed windows, the
resolution rules, datelines, false-hit guards and hypothesis properties.

All example sentences are written for these tests (invented places, people and outlets)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

from pipeline.dates import (
    PRECISIONS,
    DateWindow,
    dateline_date,
    find_time_expressions,
    publication_window,
    resolve_event_date,
    writing_day,
)

D = dt.date
SUN_2014 = D(2014, 6, 15)   # Sunday
WED_2016 = D(2016, 3, 2)    # Wednesday (leap year)
WED_1989 = D(1989, 1, 4)    # Wednesday
WED_1990 = D(1990, 1, 3)    # Wednesday
FRI_2021 = D(2021, 11, 12)  # Friday
MON_2008 = D(2008, 12, 29)  # Monday
SAT_2019 = D(2019, 7, 6)    # Saturday
MON_1988 = D(1988, 5, 30)   # Monday
THU_2003 = D(2003, 4, 10)   # Thursday

# (anchor, sentence, expression as written, date_start, date_end, event_date, precision)
CASES = [
    # --- a day and month without year, weeks after the report: still to come ---------------------
    (SUN_2014, "The unions called for street protests on July 30.", "July 30",
     D(2014, 7, 30), D(2014, 7, 30), D(2014, 7, 30), "day"),
    (SUN_2014, "The bomb exploded on July 20, killing two.", "July 20",
     D(2013, 7, 20), D(2013, 7, 20), D(2013, 7, 20), "day"),
    # --- a month and a comma before a count --------------------------------------------------
    (SUN_2014, "In March, 10 people were killed in raids on Tal Hamra.", "In March",
     D(2014, 3, 1), D(2014, 3, 31), D(2014, 3, 16), "month"),
    (SUN_2014, "Last September, 12 soldiers died in an ambush.", "Last September",
     D(2013, 9, 1), D(2013, 9, 30), D(2013, 9, 15), "month"),
    (SUN_2014, "Through the end of May, 40 people had been killed.", "Through the end of May",
     D(2014, 5, 1), D(2014, 5, 31), D(2014, 5, 16), "month"),
    # --- a holiday with its year; two consecutive days ------------------------------------------
    (SUN_2014, "The massacre on Christmas Eve 2011 killed 19.", "on Christmas Eve 2011",
     D(2011, 12, 24), D(2011, 12, 24), D(2011, 12, 24), "day"),
    (SUN_2014, "ON 7 AND 8 JUNE THE REBELS ATTACKED TWO POSTS.", "7 AND 8 JUNE",
     D(2014, 6, 7), D(2014, 6, 8), D(2014, 6, 7), "days"),
    (SUN_2014, "By Thursday evening the toll had reached 40.", "By Thursday evening",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (SUN_2014, "At least 60 people have been killed in three days of clashes in the city.", "in three days of clashes",
     D(2014, 6, 13), D(2014, 6, 15), D(2014, 6, 15), "days"),
    # --- weekdays -------------------------------------------------------------------------
    (SUN_2014, "Gunmen stormed a checkpoint near Tal Hamra on Sunday.", "on Sunday",
     D(2014, 6, 15), D(2014, 6, 15), D(2014, 6, 15), "day"),
    (SUN_2014, "Two men were shot at an East Side car wash late Friday night.", "late Friday night",
     D(2014, 6, 13), D(2014, 6, 13), D(2014, 6, 13), "day"),  # "wash" is no "Ash (Wednesday)"
    (SUN_2014, "Police said the bodies were found Friday.", "Friday",
     D(2014, 6, 13), D(2014, 6, 13), D(2014, 6, 13), "day"),
    (SUN_2014, "The convoy was ambushed on Friday outside the town.", "on Friday",
     D(2014, 6, 13), D(2014, 6, 13), D(2014, 6, 13), "day"),
    (SUN_2014, "A market was shelled last Sunday, residents said.", "last Sunday",
     D(2014, 6, 8), D(2014, 6, 8), D(2014, 6, 8), "day"),
    (SUN_2014, "Fighting resumed late Saturday in the northern districts.", "late Saturday",
     D(2014, 6, 14), D(2014, 6, 14), D(2014, 6, 14), "day"),
    (SUN_2014, "Two mortar rounds struck early Sunday.", "early Sunday",
     D(2014, 6, 15), D(2014, 6, 15), D(2014, 6, 15), "day"),
    (SUN_2014, "The raid happened Saturday night near the river.", "Saturday night",
     D(2014, 6, 14), D(2014, 6, 14), D(2014, 6, 14), "day"),
    (SUN_2014, "Since Tuesday, at least 40 people have died.", "Since Tuesday",
     D(2014, 6, 10), D(2014, 6, 15), D(2014, 6, 10), "days"),
    (SUN_2014, "Talks are scheduled to resume next Friday.", "next Friday",
     D(2014, 6, 20), D(2014, 6, 20), D(2014, 6, 20), "day"),
    (SUN_2014, "The suspect will appear in court on Monday.", "on Monday",
     D(2014, 6, 16), D(2014, 6, 16), D(2014, 6, 16), "day"),
    (WED_2016, "Protesters blocked the highway on Monday.", "on Monday",
     D(2016, 2, 29), D(2016, 2, 29), D(2016, 2, 29), "day"),
    (WED_2016, "Wednesday's blast killed three.", "Wednesday's",
     D(2016, 3, 2), D(2016, 3, 2), D(2016, 3, 2), "day"),
    (WED_2016, "The man was shot Thursday afternoon.", "Thursday afternoon",
     D(2016, 2, 25), D(2016, 2, 25), D(2016, 2, 25), "day"),
    (WED_2016, "The patrol came under fire early Tuesday morning.", "early Tuesday morning",
     D(2016, 3, 1), D(2016, 3, 1), D(2016, 3, 1), "day"),
    (WED_2016, "Rockets fell on the camp last Wednesday.", "last Wednesday",
     D(2016, 2, 24), D(2016, 2, 24), D(2016, 2, 24), "day"),
    (SAT_2019, "Officers responded to the call Friday evening.", "Friday evening",
     D(2019, 7, 5), D(2019, 7, 5), D(2019, 7, 5), "day"),
    (SAT_2019, "Residents heard shots Saturday morning.", "Saturday morning",
     D(2019, 7, 6), D(2019, 7, 6), D(2019, 7, 6), "day"),
    (SAT_2019, "Clashes broke out Sunday in the capital.", "Sunday",
     D(2019, 6, 30), D(2019, 6, 30), D(2019, 6, 30), "day"),
    (SAT_2019, "Shelling continued overnight Friday.", "overnight Friday",
     D(2019, 7, 5), D(2019, 7, 6), D(2019, 7, 5), "days"),
    (MON_2008, "Witnesses said the fire started Sunday night.", "Sunday night",
     D(2008, 12, 28), D(2008, 12, 28), D(2008, 12, 28), "day"),
    (MON_2008, "Sunday, Dec. 28, 2008, was the deadliest day.", "Sunday, Dec. 28, 2008",
     D(2008, 12, 28), D(2008, 12, 28), D(2008, 12, 28), "day"),
    (MON_2008, "Fighting raged between Friday and Sunday.", "between Friday and Sunday",
     D(2008, 12, 26), D(2008, 12, 28), D(2008, 12, 27), "days"),
    (FRI_2021, "The bridge was bombed on Friday.", "on Friday",
     D(2021, 11, 12), D(2021, 11, 12), D(2021, 11, 12), "day"),
    (FRI_2021, "Troops withdrew this past Tuesday.", "this past Tuesday",
     D(2021, 11, 9), D(2021, 11, 9), D(2021, 11, 9), "day"),
    (WED_1989, "GUERRILLAS ATTACKED THE POST ON MONDAY.", "ON MONDAY",
     D(1989, 1, 2), D(1989, 1, 2), D(1989, 1, 2), "day"),
    (WED_1989, "THE BOMB EXPLODED LATE SUNDAY NIGHT.", "LATE SUNDAY NIGHT",
     D(1989, 1, 1), D(1989, 1, 1), D(1989, 1, 1), "day"),
    # --- relative days ---------------------------------------------------------------------
    (SUN_2014, "Insurgents seized the airport today.", "today",
     D(2014, 6, 15), D(2014, 6, 15), D(2014, 6, 15), "day"),
    (SUN_2014, "A car bomb went off yesterday in the old quarter.", "yesterday",
     D(2014, 6, 14), D(2014, 6, 14), D(2014, 6, 14), "day"),
    (SUN_2014, "Two soldiers were hurt last night.", "last night",
     D(2014, 6, 14), D(2014, 6, 14), D(2014, 6, 14), "day"),
    (SUN_2014, "The village was raided overnight.", "overnight",
     D(2014, 6, 14), D(2014, 6, 15), D(2014, 6, 15), "days"),
    (SUN_2014, "Gunfire was heard early this morning.", "early this morning",
     D(2014, 6, 15), D(2014, 6, 15), D(2014, 6, 15), "day"),
    (SUN_2014, "The hostages were freed two days ago.", "two days ago",
     D(2014, 6, 13), D(2014, 6, 13), D(2014, 6, 13), "day"),
    (SUN_2014, "The mayor was abducted a week ago.", "a week ago",
     D(2014, 6, 7), D(2014, 6, 9), D(2014, 6, 8), "days"),
    (SUN_2014, "Crowds gathered yesterday afternoon.", "yesterday afternoon",
     D(2014, 6, 14), D(2014, 6, 14), D(2014, 6, 14), "day"),
    (SUN_2014, "The strike began the day before yesterday.", "the day before yesterday",
     D(2014, 6, 13), D(2014, 6, 13), D(2014, 6, 13), "day"),
    (SUN_2014, "The attack happened 3 days ago.", "3 days ago",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (WED_1990, "SOLDIERS CLASHED WITH REBELS YESTERDAY.", "YESTERDAY",
     D(1990, 1, 2), D(1990, 1, 2), D(1990, 1, 2), "day"),
    (WED_1990, "A BUS WAS BURNED LAST NIGHT.", "LAST NIGHT",
     D(1990, 1, 2), D(1990, 1, 2), D(1990, 1, 2), "day"),
    (WED_1990, "THE CURFEW WAS LIFTED THIS AFTERNOON.", "THIS AFTERNOON",
     D(1990, 1, 3), D(1990, 1, 3), D(1990, 1, 3), "day"),
    (WED_1990, "THE JUDGE WAS KILLED FOUR DAYS AGO.", "FOUR DAYS AGO",
     D(1989, 12, 30), D(1989, 12, 30), D(1989, 12, 30), "day"),
    (WED_1990, "THE TOWN WAS OCCUPIED NINE YEARS AGO.", "NINE YEARS AGO",
     D(1981, 1, 1), D(1981, 12, 31), D(1981, 7, 2), "year"),
    (FRI_2021, "Tensions rose tonight after the vote.", "tonight",
     D(2021, 11, 12), D(2021, 11, 12), D(2021, 11, 12), "day"),
    (FRI_2021, "The clinic was looted a few days ago.", "a few days ago",
     D(2021, 11, 5), D(2021, 11, 11), D(2021, 11, 8), "days"),
    (FRI_2021, "The plant closed two weeks ago.", "two weeks ago",
     D(2021, 10, 26), D(2021, 11, 1), D(2021, 10, 29), "week"),
    # --- spans --------------------------------------------------------------------------------
    (SUN_2014, "More than 200 families fled this week.", "this week",
     D(2014, 6, 9), D(2014, 6, 15), D(2014, 6, 12), "week"),
    (SUN_2014, "The army retook the town last week.", "last week",
     D(2014, 6, 2), D(2014, 6, 8), D(2014, 6, 5), "week"),
    (SUN_2014, "The ceasefire collapsed earlier this month.", "earlier this month",
     D(2014, 6, 1), D(2014, 6, 14), D(2014, 6, 7), "month"),
    (SUN_2014, "Hundreds were detained in recent days.", "in recent days",
     D(2014, 6, 8), D(2014, 6, 15), D(2014, 6, 11), "days"),
    (SUN_2014, "Clashes were reported between June 10 and 12.", "between June 10 and 12",
     D(2014, 6, 10), D(2014, 6, 12), D(2014, 6, 11), "days"),
    (SUN_2014, "The siege lasted June 10-12.", "June 10-12",
     D(2014, 6, 10), D(2014, 6, 12), D(2014, 6, 11), "days"),
    # two days running, the month told twice
    (SUN_2014, "Troops shelled the city on June 10 and June 11.", "June 10 and June 11",
     D(2014, 6, 10), D(2014, 6, 11), D(2014, 6, 10), "days"),
    # a reporting period longer than two months
    (SUN_2014, "The UN said 1,366 civilians were killed between Jan. 1 and May 31.", "between Jan. 1 and May 31",
     D(2014, 1, 1), D(2014, 5, 31), D(2014, 3, 17), "month"),
    (SUN_2014, "Three shops were torched over the weekend.", "over the weekend",
     D(2014, 6, 14), D(2014, 6, 15), D(2014, 6, 14), "days"),
    (MON_2008, "Looting spread over the weekend.", "over the weekend",
     D(2008, 12, 27), D(2008, 12, 28), D(2008, 12, 27), "days"),
    (MON_2008, "Two officers were shot last weekend.", "last weekend",
     D(2008, 12, 27), D(2008, 12, 28), D(2008, 12, 27), "days"),
    (MON_2008, "The border was closed last month.", "last month",
     D(2008, 11, 1), D(2008, 11, 30), D(2008, 11, 15), "month"),
    (WED_2016, "Three bombings struck the city earlier this week.", "earlier this week",
     D(2016, 2, 29), D(2016, 3, 1), D(2016, 2, 29), "week"),
    (WED_2016, "Aid deliveries stopped in the past three days.", "in the past three days",
     D(2016, 2, 28), D(2016, 3, 2), D(2016, 2, 29), "days"),
    (WED_2016, "The dam was damaged late last week.", "late last week",
     D(2016, 2, 25), D(2016, 2, 28), D(2016, 2, 26), "days"),
    (FRI_2021, "Several raids took place last year.", "last year",
     D(2020, 1, 1), D(2020, 12, 31), D(2020, 7, 1), "year"),
    # a month or day "last year" lies in the year before, on either side of the publication day
    # a year then a relative clause: no count ("1996 that killed" is not "1996 killed")
    (D(2006, 7, 30), "Qana was the scene of an attack in April 1996 that killed more than 100 civilians.",
     "April 1996", D(1996, 4, 1), D(1996, 4, 30), D(1996, 4, 15), "month"),
    (D(1985, 11, 1), "Mrs Gandhi was assassinated on Oct. 31 last year.", "Oct. 31 last year",
     D(1984, 10, 31), D(1984, 10, 31), D(1984, 10, 31), "day"),
    (D(2004, 3, 1), "The camp was attacked in February last year.", "in February last year",
     D(2003, 2, 1), D(2003, 2, 28), D(2003, 2, 15), "month"),
    (D(2004, 3, 1), "THE TOWN WAS SHELLED LAST YEAR ON 5 JUNE.", "LAST YEAR ON 5 JUNE",
     D(2003, 6, 5), D(2003, 6, 5), D(2003, 6, 5), "day"),
    # spans of years
    (D(1991, 3, 4), "2,279 deaths under the regime between 1973 and 1990", "between 1973 and 1990",
     D(1973, 1, 1), D(1990, 12, 31), D(1981, 12, 31), "year"),
    (D(1991, 3, 4), "The fighting from 1980 to 1985 left the valley empty.", "from 1980 to 1985",
     D(1980, 1, 1), D(1985, 12, 31), D(1982, 12, 31), "year"),
    (FRI_2021, "Kidnappings have doubled this year.", "this year",
     D(2021, 1, 1), D(2021, 11, 12), D(2021, 6, 7), "year"),
    (WED_1990, "THE GROUP CARRIED OUT 12 ATTACKS LAST WEEK.", "LAST WEEK",
     D(1989, 12, 25), D(1989, 12, 31), D(1989, 12, 28), "week"),
    (WED_1990, "ARMY UNITS HAVE CLASHED OVER THE PAST FEW DAYS.", "OVER THE PAST FEW DAYS",
     D(1989, 12, 31), D(1990, 1, 3), D(1990, 1, 1), "days"),
    (WED_1989, "THE VILLAGES WERE ATTACKED BETWEEN 27 AND 29 DECEMBER.", "BETWEEN 27 AND 29 DECEMBER",
     D(1988, 12, 27), D(1988, 12, 29), D(1988, 12, 28), "days"),
    # --- explicit dates -------------------------------------------------------------------------
    (SUN_2014, "The massacre occurred on June 12.", "June 12",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (SUN_2014, "Tribal fighters took the dam on 12 June 2014.", "12 June 2014",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (SUN_2014, "Officials said the pipeline was hit Jun. 12.", "Jun. 12",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (SUN_2014, "The report was dated 6/12/2014.", "6/12/2014",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (SUN_2014, "The bombing on June 12, 2014, killed 30.", "June 12, 2014",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (SUN_2014, "The shrine was destroyed on the 12th.", "on the 12th",
     D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    (SUN_2014, "A hearing is set for June 18.", "June 18",
     D(2014, 6, 18), D(2014, 6, 18), D(2014, 6, 18), "day"),
    (SUN_2014, "The first raid came on Dec. 3.", "Dec. 3",
     D(2013, 12, 3), D(2013, 12, 3), D(2013, 12, 3), "day"),
    (SUN_2014, "Tanks entered the city on 2014-06-11.", "2014-06-11",
     D(2014, 6, 11), D(2014, 6, 11), D(2014, 6, 11), "day"),
    (SUN_2014, "Records from 25/05/2014 show the transfer.", "25/05/2014",
     D(2014, 5, 25), D(2014, 5, 25), D(2014, 5, 25), "day"),
    (WED_1990, "THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN THE HILLS.", "30 DECEMBER",
     D(1989, 12, 30), D(1989, 12, 30), D(1989, 12, 30), "day"),
    (WED_1990, "THE REPORT OF 12 JUN 89 LISTED 14 VICTIMS.", "12 JUN 89",
     D(1989, 6, 12), D(1989, 6, 12), D(1989, 6, 12), "day"),
    (WED_1990, "ON 3 JANUARY 15 PEOPLE WERE ARRESTED.", "3 JANUARY",
     D(1990, 1, 3), D(1990, 1, 3), D(1990, 1, 3), "day"),
    (WED_1990, "THE MINISTER WAS SHOT ON 28 NOVEMBER 1989.", "28 NOVEMBER 1989",
     D(1989, 11, 28), D(1989, 11, 28), D(1989, 11, 28), "day"),
    (WED_1989, "THE MAYOR WAS KIDNAPPED ON 22 DECEMBER.", "22 DECEMBER",
     D(1988, 12, 22), D(1988, 12, 22), D(1988, 12, 22), "day"),
    (MON_1988, "The strike began May 3 in the port.", "May 3",
     D(1988, 5, 3), D(1988, 5, 3), D(1988, 5, 3), "day"),
    (THU_2003, "The ultimatum expired on March 19, 2003.", "March 19, 2003",
     D(2003, 3, 19), D(2003, 3, 19), D(2003, 3, 19), "day"),
    (THU_2003, "Looters entered the museum since April 8.", "since April 8",
     D(2003, 4, 8), D(2003, 4, 10), D(2003, 4, 8), "days"),
    # --- months and years -----------------------------------------------------------------------
    (SUN_2014, "The group was founded in December 2011.", "December 2011",
     D(2011, 12, 1), D(2011, 12, 31), D(2011, 12, 16), "month"),
    (SUN_2014, "The U.S. invaded Iraq in 2003.", "in 2003",
     D(2003, 1, 1), D(2003, 12, 31), D(2003, 7, 2), "year"),
    (SUN_2014, "Protests spread in March across the region.", "in March",
     D(2014, 3, 1), D(2014, 3, 31), D(2014, 3, 16), "month"),
    (SUN_2014, "The border crossing shut in June.", "in June",
     D(2014, 6, 1), D(2014, 6, 15), D(2014, 6, 8), "month"),
    (SUN_2014, "Militias have grown since 2011.", "since 2011",
     D(2011, 1, 1), D(2014, 6, 15), D(2011, 1, 1), "year"),
    (SUN_2014, "The airport was damaged in mid-May.", "in mid-May",
     D(2014, 5, 11), D(2014, 5, 20), D(2014, 5, 15), "days"),
    (FRI_2021, "The coup took place in early February 2021.", "early February 2021",
     D(2021, 2, 1), D(2021, 2, 10), D(2021, 2, 5), "days"),
    (FRI_2021, "Violence peaked in the 1990s.", "the 1990s",
     D(1990, 1, 1), D(1999, 12, 31), D(1994, 12, 31), "year"),
    (WED_1990, "THE PARTY WAS FOUNDED IN 1970.", "IN 1970",
     D(1970, 1, 1), D(1970, 12, 31), D(1970, 7, 2), "year"),
    (WED_1990, "THE OFFENSIVE BEGAN IN NOVEMBER.", "IN NOVEMBER",
     D(1989, 11, 1), D(1989, 11, 30), D(1989, 11, 15), "month"),
    (WED_1989, "SIMILAR ATTACKS OCCURRED IN SEPTEMBER 1988.", "SEPTEMBER 1988",
     D(1988, 9, 1), D(1988, 9, 30), D(1988, 9, 15), "month"),
    (MON_2008, "Dozens died late last month in the valley.", "late last month",
     D(2008, 11, 21), D(2008, 11, 30), D(2008, 11, 25), "days"),
    # --- a year naming an event, the old "3d", a log-style date, a fortnight, hours ------------------
    (SUN_2014, "The 1982 massacre in Qarawa killed thousands.", "1982",
     D(1982, 1, 1), D(1982, 12, 31), D(1982, 7, 2), "year"),
    (SUN_2014, "He was jailed for the 2009 killing of a store clerk.", "2009",
     D(2009, 1, 1), D(2009, 12, 31), D(2009, 7, 2), "year"),
    (THU_2003, "Rebels ambushed a truck on the 3d, killing eight.", "on the 3d",
     D(2003, 4, 3), D(2003, 4, 3), D(2003, 4, 3), "day"),
    (THU_2003, "TROOPS CLASHED WITH REBELS ON THE 22D.", "ON THE 22D",
     D(2003, 3, 22), D(2003, 3, 22), D(2003, 3, 22), "day"),
    (SUN_2014, "The attack took place on 29-Mar-2014 in Sirte.", "29-Mar-2014",
     D(2014, 3, 29), D(2014, 3, 29), D(2014, 3, 29), "day"),
    (SUN_2014, "Gunmen killed 12 people in Kano a fortnight ago.", "a fortnight ago",
     D(2014, 5, 29), D(2014, 6, 4), D(2014, 6, 1), "week"),
    (SUN_2014, "Fighting over the past 48 hours killed 40 people.", "over the past 48 hours",
     D(2014, 6, 13), D(2014, 6, 15), D(2014, 6, 15), "days"),  # (the report's day is the likeliest)
    # --- an anniversary to the day; a month and year before an event noun and "of" ---------------
    (SUN_2014, "Relatives of those who died in the bombing one year ago today attended a mass.",
     "one year ago today", D(2013, 6, 15), D(2013, 6, 15), D(2013, 6, 15), "day"),
    (SUN_2014, "The attack recalled the February 1994 shelling of the Markale market.", "February 1994",
     D(1994, 2, 1), D(1994, 2, 28), D(1994, 2, 14), "month"),
    (SUN_2014, "Herdsmen killed 20 people in the early hours of New Year day in Guma.", "New Year day",
     D(2014, 1, 1), D(2014, 1, 1), D(2014, 1, 1), "day"),
    # a month standing before the noun it dates; a season (northern meteorological: a winter is named by
    # the year it ends in)
    (SUN_2014, "Survivors of the February shooting at the school testified.", "February",
     D(2014, 2, 1), D(2014, 2, 28), D(2014, 2, 14), "month"),
    (SUN_2014, "THE NOVEMBER MASSACRE WAS NEVER INVESTIGATED.", "NOVEMBER",
     D(2013, 11, 1), D(2013, 11, 30), D(2013, 11, 15), "month"),
    (SUN_2014, "He was sentenced for killing 77 people in a bombing and shooting rampage last summer.", "last summer",
     D(2013, 6, 1), D(2013, 8, 31), D(2013, 7, 16), "year"),
    (SUN_2014, "REBELS HELD THE TOWN IN THE SUMMER OF 1994.", "IN THE SUMMER OF 1994",
     D(1994, 6, 1), D(1994, 8, 31), D(1994, 7, 16), "year"),
    (SUN_2014, "Fighting resumed this spring in the north.", "this spring",
     D(2014, 3, 1), D(2014, 5, 31), D(2014, 4, 15), "year"),
    (SUN_2014, "Police shot a man in Ferguson last fall.", "last fall",
     D(2013, 9, 1), D(2013, 11, 30), D(2013, 10, 16), "year"),
    (SUN_2014, "The town fell in late winter 2003.", "in late winter 2003",
     D(2003, 2, 1), D(2003, 2, 28), D(2003, 2, 14), "month"),
]


def _find(text, anchor, expr):
    found = find_time_expressions(text, anchor)
    for w in found:
        if w.text == expr:
            return w, found
    return None, found


@pytest.mark.parametrize("anchor,text,expr,start,end,best,prec", CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_expression_table(anchor, text, expr, start, end, best, prec):
    w, found = _find(text, anchor, expr)
    assert w is not None, f"{expr!r} not found in {text!r}; got {[x.text for x in found]}"
    assert (w.date_start, w.date_end, w.event_date, w.precision) == (start, end, best, prec)
    assert text[w.start:w.end] == w.text


def test_table_is_large_enough():
    assert len(CASES) >= 80
    assert len({c[0] for c in CASES}) >= 6
    assert sum(1 for c in CASES if c[1].isupper()) >= 15


# --- false hits ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials may release the names later, and 60 people were questioned.",
    "Thousands march through the streets to demand 70% of the seats.",
    "We found 1,700 spent 7.62mm cartridges at the scene.",
    "The officer, 34, was hit at 3:13 p.m. near the school.",
    "It was the Second Battalion that fired 200 rounds.",
    "Rebels have 2000 fighters in the hills and 1990 rifles.",
    "Voters will march to the polls, they may say.",
    "Good Friday services were held as the Sunday Times reported.",
    "A 1-2 loss, a 24/7 operation and version 1.2.12 shipped.",
    "Officers seized 15 kilos and 12 guns in 30 minutes.",
    "",
    "THE GUERRILLAS MAY ATTACK AGAIN, THE ARMY WARNED.",
    # a date between "the" and a place, work or group it names
    "REBEL UNITS ATTACKED ARMY POSITIONS AT THE 5 NOVEMBER DAM.",
    "Members of the April 19 Movement occupied the embassy.",
    "Traffic was stopped on the 9 July Avenue.",
    # a place named with a month
    "Gunmen opened fire in August Town, St Andrew.",
    "Two policemen were shot dead in May Pen, Clarendon.",
    # a year before a noun that is no event; an old-style ordinal that is no day
    "The 1990 census counted the 2000 soldiers of the 2d Battalion.",
    # a month that names a movement or stands alone; a fall that is a town's
    "Hundreds of thousands joined the March for Our Lives rally.",
    "Rebels celebrated the fall of Kabul and the spring offensive.",
])
def test_no_false_hits(text):
    assert find_time_expressions(text, SUN_2014) == []


def test_time_alone_does_not_break_date():
    ws = find_time_expressions("He was found at 3:13 p.m. Sunday in the yard.", D(2014, 11, 17))
    assert [w.text for w in ws] == ["Sunday"]
    assert ws[0].event_date == D(2014, 11, 16)


def test_two_digit_year_century():
    w, _ = _find("LIMA, 12 JAN 90 (EFE) --", D(1990, 1, 12), "12 JAN 90")
    assert w.event_date == D(1990, 1, 12)
    w, _ = _find("Records of 4 Mar 05 were lost.", D(2006, 1, 1), "4 Mar 05")
    assert w.event_date == D(2005, 3, 4)


def test_expressions_in_text_order_and_offsets():
    text = "On Saturday, militants shelled the town; yesterday they withdrew, police said on Monday."
    ws = find_time_expressions(text, D(2014, 6, 17))  # Tuesday
    assert [w.text for w in ws] == ["On Saturday", "yesterday", "on Monday"]
    assert [w.start for w in ws] == sorted(w.start for w in ws)
    for w in ws:
        assert text[w.start:w.end] == w.text


# --- datelines -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,anchor,expected", [
    ("SAN SALVADOR, 3 JAN 89 (AFP) -- THE ARMY REPORTED CLASHES.", D(1989, 1, 4), D(1989, 1, 3)),
    ("BOGOTA, 12 Jun 90 (EFE) -- Police said ...", D(1990, 6, 12), D(1990, 6, 12)),
    ("QUITO, 28 DEC 88 -- [REPORT] [TEXT] A BOMB EXPLODED TODAY.", D(1988, 12, 29), D(1988, 12, 28)),
    ("NAIROBI, Kenya, March 4 (Reuters) - Gunmen attacked a bus.", D(2015, 3, 4), D(2015, 3, 4)),
    ("ARBIL, Iraq, June 14, 2014 /Wire Service/ -- Fighters advanced.", D(2014, 6, 15), D(2014, 6, 14)),
])
def test_dateline(text, anchor, expected):
    w = dateline_date(text, anchor)
    assert w is not None and w.event_date == expected and w.precision == "day"


def test_no_dateline():
    assert dateline_date("Gunmen attacked a bus on Sunday, police said.", D(2015, 3, 4)) is None
    assert dateline_date("KABUL (Reuters) - Fighting continued.", D(2015, 3, 4)) is None
    far = "x" * 250 + " 3 JAN 89 (AFP) --"
    assert dateline_date(far, D(1989, 1, 4)) is None


@pytest.mark.parametrize("text,published,expected", [
    # filed before publication: "today", "yesterday" and weekdays count from the dateline's day
    ("KISUMU, Aug. 7 - A grenade exploded today at a bus depot.", D(1998, 8, 8), D(1998, 8, 7)),
    ("HUANCAYO, 5 FEB 91 (AFP) -- GUERRILLAS YESTERDAY KILLED FOUR POLICEMEN.", D(1991, 2, 8), D(1991, 2, 5)),
    ("SAN JOSE (COSTA RICA), 13 MAR 90 (ACAN-EFE) -- [TEXT] ...", D(1990, 3, 16), D(1990, 3, 13)),
    ("KORBA, APRIL 24 (PTI): Maoists yesterday blew up a police jeep.", D(2010, 4, 26), D(2010, 4, 24)),
    ("SONEPUR, April 24 (PTI) Maoists yesterday blew up a police jeep.", D(2010, 4, 26), D(2010, 4, 24)),
    ("NAVOLATO, Sinaloa, Oct 17 (Reuters) - Gunmen killed 12 people on Wednesday.", D(2009, 10, 19),
     D(2009, 10, 17)),
    # filed the day it was published, or dated after it: the publication day
    ("HUANCAYO, 8 FEB 91 (AFP) -- GUERRILLAS YESTERDAY KILLED FOUR POLICEMEN.", D(1991, 2, 8), D(1991, 2, 8)),
    ("Updated: Monday, January 09, 2017 - Police are looking for a gunman.", D(2017, 1, 8), D(2017, 1, 8)),
    # a headline's date on a line of its own is the event's, not the writer's
    ("Four shot at the Larkspur Apartments in Tulsa, Feb. 21, 2013\n\nFour people were shot yesterday.",
     D(2013, 2, 22), D(2013, 2, 22)),
    # more than a month back: not a filing day
    ("HUANCAYO, 5 JAN 91 (AFP) -- GUERRILLAS YESTERDAY KILLED FOUR POLICEMEN.", D(1991, 2, 8), D(1991, 2, 8)),
])
def test_writing_day(text, published, expected):
    assert writing_day(text, published, dateline_date(text, published)) == expected


# --- event date resolution --------------------------------------------------------------------------

def test_resolve_nearest_in_clause():
    s = "Rebels attacked the garrison on Saturday; on Monday the army counterattacked."
    anchor = D(2014, 6, 17)  # Tuesday
    assert resolve_event_date(s, anchor, s.index("attacked")).event_date == D(2014, 6, 14)
    assert resolve_event_date(s, anchor, s.index("counterattacked")).event_date == D(2014, 6, 16)


def test_resolve_prefers_fine_over_background_year():
    s = "The rebels, fighting since 1980, attacked the town on Sunday."
    w = resolve_event_date(s, SUN_2014, s.index("attacked"))
    assert w.text == "on Sunday"


def test_resolve_background_year():
    s = "The U.S. invaded Iraq in 2003."
    w = resolve_event_date(s, SUN_2014, s.index("invaded"))
    assert w.precision == "year" and w.event_date.year == 2003


def test_resolve_other_clause_when_own_has_none():
    s = "Police said on Friday that two men were shot, and a third was wounded."
    w = resolve_event_date(s, SUN_2014, s.index("wounded"))
    assert w.event_date == D(2014, 6, 13)


@pytest.mark.parametrize("sentence,word,expected", [
    # the complement of "N days after" happened N days before the main clause's day
    ("Gunmen killed four policemen in Bauchi on Wednesday, two days after a car bomb killed 12 in Gombe.",
     "bomb", D(2014, 6, 9)),
    ("Gunmen killed four policemen in Bauchi on Wednesday, two days after a car bomb killed 12 in Gombe.",
     "killed four", D(2014, 6, 11)),
    # and the main clause a day after the complement's day
    ("A bomb killed three people a day after Saturday's attack on a police academy.", "bomb", D(2014, 6, 15)),
    # "since X, when ...": the point X, not the span from it
    ("It was the deadliest blast since February, when a truck bomb killed 130 people.", "truck",
     D(2014, 2, 14)),
])
def test_resolve_relative_to_another_event(sentence, word, expected):
    assert resolve_event_date(sentence, SUN_2014, sentence.index(word)).event_date == expected


def test_a_present_main_clause_counts_from_the_report():
    """"A boy is recovering, two days after he was shot": two days before the report, whatever
    date the story told last."""
    s = "A 7-year-old boy is on the road to recovery, two days after he was injured in a shooting."
    told = DateWindow(D(2014, 6, 10), D(2014, 6, 10), D(2014, 6, 10), "day", "Tuesday", -1, -1)
    assert resolve_event_date(s, SUN_2014, s.index("injured"), told).event_date == D(2014, 6, 13)
    s = "The attack came two days after a car bomb killed 12 people."
    assert resolve_event_date(s, SUN_2014, s.index("bomb"), told).event_date == D(2014, 6, 8)


def test_resolve_context_then_publication():
    ctx = resolve_event_date("On Saturday, militants shelled the market.", SUN_2014, 24)
    assert ctx.event_date == D(2014, 6, 14)
    w = resolve_event_date("They also burned two houses.", SUN_2014, 10, context=ctx)
    assert w is ctx
    pub = resolve_event_date("They also burned two houses.", SUN_2014, 10)
    assert pub == publication_window(SUN_2014)
    assert pub.precision == "publication" and pub.text == "" and pub.event_date == SUN_2014


def test_resolve_without_trigger_prefers_day():
    s = "Since 2012 the town has changed hands; it fell yesterday."
    w = resolve_event_date(s, SUN_2014)
    assert w.text == "yesterday"


def test_resolve_uppercase():
    s = "THE ARMY SAID THAT GUERRILLAS DYNAMITED TWO PYLONS LAST NIGHT IN THE NORTH."
    w = resolve_event_date(s, WED_1990, s.index("DYNAMITED"))
    assert w.event_date == D(1990, 1, 2)




# --- properties ------------------------------------------------------------------------------------------

anchors = st.dates(min_value=D(1950, 1, 1), max_value=D(2040, 12, 31))
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
         "yesterday", "today", "last night", "overnight", "this week", "last week",
         "early", "late", "night", "morning", "on", "last", "since", "in recent days",
         "earlier this month", "last month", "two days ago", "a week ago", "this morning",
         "over the weekend", "June", "12", "December", "2011", "in", "30", "JAN", "89",
         "the", "12th", "between", "and", "-", ",", ";", ".", "killed", "attacked", "May",
         "March", "1990s", "YESTERDAY", "LAST WEEK", "SATURDAY", "6/12/2014", "2014-06-11"]


def _check(w: DateWindow, text: str):
    assert w.date_start <= w.event_date <= w.date_end
    assert w.precision in PRECISIONS
    if w.start >= 0:
        assert text[w.start:w.end] == w.text


@FAST
@given(st.text(), anchors)
def test_never_raises_on_arbitrary_text(text, anchor):
    for w in find_time_expressions(text, anchor):
        _check(w, text)
    trig = len(text) // 2
    _check(resolve_event_date(text, anchor, trig), text)
    dateline_date(text, anchor)


@FAST
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join), anchors,
       st.one_of(st.none(), st.integers(min_value=-5, max_value=200)))
def test_windows_valid_on_date_like_text(text, anchor, trig):
    for w in find_time_expressions(text, anchor):
        _check(w, text)
    _check(resolve_event_date(text, anchor, trig), text)


PAST_EXPRS = ["Monday", "on Tuesday", "last Wednesday", "late Thursday", "early Friday",
              "Saturday night", "Sunday morning", "yesterday", "today", "last night", "overnight",
              "this morning", "two days ago", "a week ago", "a few days ago", "this week",
              "last week", "earlier this week", "earlier this month", "this month", "last month",
              "in recent days", "over the weekend", "last weekend", "since Tuesday", "this year",
              "on the 3rd", "in the past two weeks", "YESTERDAY", "LAST NIGHT", "ON SATURDAY",
              "in December", "in May", "early June", "late last month", "the day before yesterday"]


@FAST
@given(st.sampled_from(PAST_EXPRS), anchors, st.sampled_from([
    "Gunmen killed three people {}.", "{} , troops shelled the village.",
    "Police said the bodies were found {} near the river.", "THE ARMY REPORTED CLASHES {}."]))
def test_past_tense_never_after_anchor(expr, anchor, template):
    text = template.format(expr)
    ws = find_time_expressions(text, anchor)
    assert ws, text
    for w in ws:
        _check(w, text)
        assert w.event_date <= anchor, (text, anchor, w)
        assert w.date_end <= anchor, (text, anchor, w)


@FAST
@given(st.sampled_from(list(range(7))), anchors)
def test_weekday_is_most_recent_on_or_before(wd, anchor):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    (w,) = find_time_expressions(f"The depot was attacked {name}.", anchor)
    assert w.event_date.weekday() == wd
    assert 0 <= (anchor - w.event_date).days <= 6


def test_a_date_naming_a_place_leaves_the_real_date():
    got = [(w.text, w.date_start) for w in find_time_expressions(
        "Troops attacked the rebels at the 5 November dam on 27 March; the 5 November attack was worse.",
        D(1989, 4, 2))]
    assert got == [("27 March", D(1989, 3, 27)), ("5 November", D(1988, 11, 5))]


@pytest.mark.parametrize("anchor,text,expected", [
    (D(2014, 11, 22), "A boy last Friday accidentally shot himself.", D(2014, 11, 14)),   # a Saturday
    (D(2014, 11, 22), "A boy on Friday accidentally shot himself.", D(2014, 11, 21)),
    (D(2014, 11, 22), "A boy this past Friday accidentally shot himself.", D(2014, 11, 21)),
    (D(2014, 11, 22), "A boy last Thursday accidentally shot himself.", D(2014, 11, 20)),
    (D(2016, 12, 6), "He was shot on Monday night, Nov. 28, in Philadelphia.", D(2016, 11, 28)),
    (D(2016, 12, 6), "He was shot Monday (Nov. 28) in Philadelphia.", D(2016, 11, 28)),
    (D(2016, 12, 6), "He was shot Monday, a spokesman said on Nov. 28.", D(2016, 12, 5)),
])
def test_last_weekday_and_an_apposed_calendar_date(anchor, text, expected):
    """'Last Friday' is never yesterday (that is 'Friday'); a weekday followed by the calendar date
    it names takes the written date."""
    assert resolve_event_date(text, anchor, text.index("shot")).date_start == expected


@pytest.mark.parametrize("anchor,text,expected", [
    (D(2017, 1, 2), "A boy died after shooting himself at his home on New Year's Eve.", (D(2016, 12, 31),) * 2),
    (D(2016, 12, 27), "He was shot on Christmas Day outside a bar.", (D(2016, 12, 25),) * 2),
    (D(2016, 7, 6), "The shooting happened on the Fourth of July.", (D(2016, 7, 4),) * 2),
    (D(2015, 11, 30), "She was killed on Thanksgiving night.", (D(2015, 11, 26),) * 2),
    (D(2016, 3, 29), "He was shot on Easter Sunday.", (D(2016, 3, 27),) * 2),
    (D(2016, 3, 29), "He was shot on Good Friday.", (D(2016, 3, 25),) * 2),
    (D(2016, 6, 1), "Five people were shot over the Memorial Day weekend.", (D(2016, 5, 28), D(2016, 5, 30))),
    (D(2017, 1, 20), "A man was shot on Christmas Eve.", (D(2016, 12, 24),) * 2),   # last year's
])
def test_named_days(anchor, text, expected):
    """Holidays resolve to their most recent date (Easter and the Monday holidays computed per year)."""
    (w,) = find_time_expressions(text, anchor)
    assert (w.date_start, w.date_end) == expected


@pytest.mark.parametrize("text", [
    "Police found the gun at a Christmas party.",
    "The family hosted an Easter egg hunt.",
    "Police will add patrols on Christmas Eve.",
])
def test_named_days_that_name_things_or_plans_are_no_dates(text):
    assert find_time_expressions(text, D(2016, 12, 20)) == []


def test_a_page_time_stamp_is_no_date_and_a_weekday_range_keeps_parts_of_the_day():
    assert find_time_expressions("Posted: Sunday, March 8, 2015 11:41 AM EDT Updated: Monday, March 9, 2015",
                                 D(2015, 3, 9)) == []
    (w,) = find_time_expressions("At least 18 people were shot between Tuesday afternoon and early Wednesday.",
                                 D(2016, 6, 29))
    assert (w.date_start, w.date_end, w.precision) == (D(2016, 6, 28), D(2016, 6, 29), "days")


def test_a_numeric_date_that_would_be_in_the_future_is_read_day_first():
    (w,) = find_time_expressions("The bombing occurred on 12/06/2014 in Lagos.", D(2014, 6, 15))
    assert w.date_start == D(2014, 6, 12)
    (w,) = find_time_expressions("The bombing occurred on 6/12/2014 in Chicago.", D(2014, 6, 15))
    assert w.date_start == D(2014, 6, 12)


def test_narrated_shift_moves_a_day_context_only():
    from pipeline.dates import narrated_shift
    ctx = find_time_expressions("on Monday", D(2015, 3, 20))[0]
    assert narrated_shift("The next day, troops retook the town.", ctx).date_start == D(2015, 3, 17)
    assert narrated_shift("Three days later, a bomb exploded.", ctx).date_start == D(2015, 3, 19)
    assert narrated_shift("The day before, a bomb exploded.", ctx).date_start == D(2015, 3, 15)
    assert narrated_shift("Troops retook the town.", ctx) is None
    # relative to an event named, not to the story's last date
    assert narrated_shift("The day after the shooting, police arrested a man.", ctx) is None
    assert narrated_shift("Two days before the election, a bomb exploded.", ctx) is None
    assert narrated_shift("\"It's getting more violent,\" the woman said the next day.", ctx) is None
    month = find_time_expressions("in February", D(2015, 3, 20))[0]
    assert narrated_shift("The next day, troops retook the town.", month) is None


@pytest.mark.parametrize("text,anchor,expected", [
    ("TERRORISM CONTINUES TO BE USED IN AN ATTEMPT TO BOYCOTT THE 8 APRIL ELECTIONS.", "1990-03-27", "1990-04-08"),
    ("Security was tightened before the June 5 vote.", "2019-05-30", "2019-06-05"),
    # a date that names nothing scheduled keeps the past reading
    ("ON 8 APRIL GUERRILLAS ATTACKED A BARRACKS.", "1990-03-27", "1989-04-08"),
])
def test_a_date_naming_a_scheduled_vote_is_the_coming_one(text, anchor, expected):
    (w,) = find_time_expressions(text, dt.date.fromisoformat(anchor))
    assert w.date_start.isoformat() == expected


def test_a_date_naming_a_scheduled_vote_dates_no_event():
    """'The attacks ... show that terrorism is used to boycott the 8 April elections': not the attacks' date."""
    text = "THE ATTACKS ON FIVE OFFICES SHOW THAT TERRORISM IS USED TO BOYCOTT THE 8 APRIL ELECTIONS."
    ctx = find_time_expressions("27 MAR 90", dt.date(1990, 3, 27))[0]
    w = resolve_event_date(text, dt.date(1990, 3, 27), text.index("ATTACKS"), ctx)
    assert w.date_start == dt.date(1990, 3, 27)


def test_clock_hours_in_a_range_are_no_years():
    found = find_time_expressions("THE ARMED FORCES TODAY ANNOUNCED A CURFEW IN THE CAPITAL FROM 1900 TO 0600.",
                                  dt.date(1989, 11, 14))
    assert [w.text for w in found] == ["TODAY"]


def test_a_weekday_naming_a_service_gives_way_to_the_date_told_beside_it():
    ws = find_time_expressions("On 7 December a church was attacked during Sunday service.", D(2019, 12, 9))
    assert [w.text for w in ws] == ["On 7 December"] or [w.text for w in ws] == ["7 December"]
    ws = find_time_expressions("A church was attacked during Sunday service.", D(2019, 12, 9))
    assert [w.event_date for w in ws] == [D(2019, 12, 8)]


def test_a_day_before_a_colon_and_a_day_to_come():
    # "SOPORE, SEPT 18: ..." is a date ("18:30" stays a clock time)
    assert [w.text for w in find_time_expressions("SOPORE, SEPT 18: MILITANTS HURLED A GRENADE.", D(2019, 9, 19))] \
        == ["SEPT 18"]
    assert find_time_expressions("The bus left at Sept 18:30.", D(2019, 9, 19)) == []
    # a day "scheduled for" is to come: this year's, not last year's
    assert [w.event_date for w in find_time_expressions("The elections are scheduled for April 5.", D(2014, 3, 7))] \
        == [D(2014, 4, 5)]



@pytest.mark.parametrize("text,start,end,precision", [
    # a list entry's date ends with a colon after the year: the day stays (a two-digit "19:30" is a time)
    ("30 November 2016: Separatists kill four soldiers near Mamfe.", D(2016, 11, 30), D(2016, 11, 30), "day"),
    # an abbreviated month with its year
    ("Oct. 2017 - A tourist is shot dead at a checkpoint.", D(2017, 10, 1), D(2017, 10, 31), "month"),
    ("in the Dec. 2015 raid", D(2015, 12, 1), D(2015, 12, 31), "month"),
    # a dash after the year is no count of people ("1982 guerrillas")
    ("April 1982 - Guerrillas ambush an army convoy near Nebaj.", D(1982, 4, 1), D(1982, 4, 30), "month"),
])
def test_chronology_entry_dates(text, start, end, precision):
    ws = find_time_expressions(text, D(2018, 2, 20))
    assert [(w.date_start, w.date_end, w.precision) for w in ws][:1] == [(start, end, precision)], ws


def test_a_colon_after_a_two_digit_number_is_a_clock_time():
    ws = find_time_expressions("Police said the blast on 5 May 19:30 hit a bus.", D(2018, 2, 20))
    assert [(w.date_start, w.precision) for w in ws] == [(D(2017, 5, 5), "day")]


@pytest.mark.parametrize("text,start,end,precision", [
    # a span whose two days each name their month, written day first
    ("7,000 civilians were killed between 20 January and 7 May.", D(2009, 1, 20), D(2009, 5, 7), "month"),
    ("from 28 February to 2 March 2009 the town was shelled", D(2009, 2, 28), D(2009, 3, 2), "days"),
])
def test_a_day_month_span_across_months(text, start, end, precision):
    ws = find_time_expressions(text, D(2009, 5, 14))
    assert [(w.date_start, w.date_end, w.precision) for w in ws] == [(start, end, precision)], ws


def test_two_days_of_two_months_joined_by_and_are_two_days():
    ws = find_time_expressions("Rebels attacked the town on 3 June and 17 July.", D(2009, 8, 14))
    assert [(w.date_start, w.precision) for w in ws] == [(D(2009, 6, 3), "day"), (D(2009, 7, 17), "day")]


@pytest.mark.parametrize("text,start,end,precision", [
    ("Forty years ago this week, rebels seized Kolwezi.", D(1978, 5, 15), D(1978, 5, 21), "week"),
    ("He was jailed forty years ago.", D(1978, 1, 1), D(1978, 12, 31), "year"),
    ("The town fell fifty days ago.", D(2018, 3, 29), D(2018, 3, 29), "day"),
])
def test_tens_in_words_and_an_anniversary_week(text, start, end, precision):
    ws = find_time_expressions(text, D(2018, 5, 18))
    assert [(w.date_start, w.date_end, w.precision) for w in ws] == [(start, end, precision)], ws


def test_a_day_told_from_the_sentences_own_day():
    from pipeline.dates import resolve_event_date
    s = ("On Thursday, neighbors gathered at the corner, which bore little resemblance to the scene the night "
         "before when one person was killed.")
    assert resolve_event_date(s, D(2016, 5, 5), s.find("killed")).date_start == D(2016, 5, 4)
    s = "On Thursday, police said the man had been shot the previous night."
    assert resolve_event_date(s, D(2016, 5, 5), s.find("shot")).date_start == D(2016, 5, 4)
    # "the day before the election" is dated by the election, not moved
    s = "On Thursday, police said a bomb exploded the day before the election."
    assert resolve_event_date(s, D(2016, 5, 5), s.find("exploded")).date_start == D(2016, 5, 5)


def test_two_days_in_a_row_are_one_window_and_an_unspecified_weekday_is_no_date():
    from pipeline.dates import find_time_expressions
    found = find_time_expressions("Fighting raged near Kalemyo on Friday and Saturday.", D(2023, 5, 15))
    assert [(e.date_start, e.date_end, e.precision) for e in found] == [(D(2023, 5, 12), D(2023, 5, 13), "days")]
    # two days apart stay two dates
    assert len(find_time_expressions("Bombs exploded on Monday and Wednesday.", D(2023, 5, 15))) == 2
    assert find_time_expressions("Eight bombs went off on a busy Tuesday evening.", D(2019, 12, 19)) == []
    assert find_time_expressions("Militants attack the market every Friday.", D(2019, 12, 19)) == []
    # "a Monday night shooting" is that Monday's
    assert [e.date_start for e in find_time_expressions("Two men were hurt in a Monday night shooting.",
                                                        D(2016, 4, 19))] == [D(2016, 4, 18)]


def test_an_event_told_an_interval_before_another_is_dated_back():
    import datetime as dt
    from pipeline.dates import DateWindow, earlier_by, interval_count
    news = DateWindow(dt.date(2017, 10, 28), dt.date(2017, 10, 28), dt.date(2017, 10, 28), "day", "Saturday")
    two_weeks = earlier_by(news, "week", 2)
    assert (two_weeks.date_start, two_weeks.date_end, two_weeks.precision) == \
        (dt.date(2017, 10, 11), dt.date(2017, 10, 17), "week")
    a_day = earlier_by(news, "day", 1)
    assert (a_day.date_start, a_day.date_end, a_day.precision) == (dt.date(2017, 10, 27), dt.date(2017, 10, 27), "day")
    days = earlier_by(news, "day", None)     # "days after": two to seven days before
    assert days.date_start == dt.date(2017, 10, 21) and days.date_end == dt.date(2017, 10, 26)
    assert (interval_count("two"), interval_count("a"), interval_count("10"), interval_count("many")) == (2, 1, 10, None)


@pytest.mark.parametrize("text", [
    "Rebels of the 23 March Movement seized the town.", "THE M-19 GUERRILLA GROUP [19 APRIL MOVEMENT] SAID",
    'A GROUP CALLING ITSELF THE "9 MAY" PEOPLE\'S LIBERATION FORCES CLAIMED THE BOMBINGS.',
    "The 6 April Youth Movement called a strike.",
])
def test_a_date_that_names_a_group_is_no_time_expression(text):
    assert find_time_expressions(text, dt.date(1990, 6, 1)) == []
