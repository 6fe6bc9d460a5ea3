-- The same figures as engine.hand.sql (each confirmed, and claimed: submitted or in review), written by hand over the
-- roll-ups the way the engine reads them: whole months before the as-of date's month from county_rollup, that month's
-- days up to the date from county_day_rollup, grouped before the conditions; people by day: a person's only row in
-- the year counted from person_single_day, the others from person_rollup by a distinct count. The floor for the
-- engine's roll-up path.  $1 tenant, $2 year, $3 as-of date, $4 county
with g as (
  select type_code, status, d, sum(n) as n, sum(persons) as persons, sum(person_times) as person_times, sum(amount_fen) as amount_fen, sum(enterprises) as enterprises, sum(poor_persons) as poor_persons
  from (
    select type_code, status, dims as d, n, persons, person_times, amount_fen, enterprises, poor_persons from county_rollup
    where tenant_id = $1 and year = $2 and county_code = $4 and period < date_trunc('month', $3::date)::date and type_code in ('secondment','expert_mission','training','fund_payment','task_evidence','enterprise_investment','consumption_purchase','donation')
    union all
    select type_code, status, dims as d, n, persons, person_times, amount_fen, enterprises, poor_persons from county_day_rollup
    where tenant_id = $1 and year = $2 and county_code = $4 and period >= date_trunc('month', $3::date)::date and period <= $3::date and type_code in ('secondment','expert_mission','training','fund_payment','task_evidence','enterprise_investment','consumption_purchase','donation')
  ) u group by 1, 2, 3
),
s as (
  select type_code, status, dims as d, is_poor, sum(n) as k from person_single_day
  where tenant_id = $1 and year = $2 and county_code = $4 and period <= $3::date and type_code in ('employment','business_start')
  group by 1, 2, 3, 4
),
m as (
  select type_code, status, dims as d, is_poor, person_id from person_rollup
  where tenant_id = $1 and year = $2 and county_code = $4 and period <= $3::date and not single and type_code in ('employment','business_start')
)
select * from
(select
  coalesce(sum(persons) filter (where status = 'confirmed' and type_code = 'secondment' and d->>'personKind' = 'cadre' and d->>'direction' = 'east_to_west'), 0) as cadres_sent,
  coalesce(sum(persons) filter (where status in ('submitted','in_review') and type_code = 'secondment' and d->>'personKind' = 'cadre' and d->>'direction' = 'east_to_west'), 0) as cadres_sent_claimed,
  coalesce(sum(persons) filter (where status = 'confirmed' and type_code = 'secondment' and d->>'personKind' = 'professional' and d->>'direction' = 'east_to_west'), 0) as professionals_sent,
  coalesce(sum(persons) filter (where status in ('submitted','in_review') and type_code = 'secondment' and d->>'personKind' = 'professional' and d->>'direction' = 'east_to_west'), 0) as professionals_sent_claimed,
  coalesce(sum(persons) filter (where status = 'confirmed' and type_code = 'secondment' and d->>'personKind' = 'professional' and d->>'direction' = 'east_to_west' and (d->>'months')::int >= 12), 0) as professionals_long,
  coalesce(sum(persons) filter (where status in ('submitted','in_review') and type_code = 'secondment' and d->>'personKind' = 'professional' and d->>'direction' = 'east_to_west' and (d->>'months')::int >= 12), 0) as professionals_long_claimed,
  coalesce(sum(n) filter (where status = 'confirmed' and type_code = 'expert_mission' and d->>'missionKind' = 'medical_service'), 0) as medical_missions,
  coalesce(sum(n) filter (where status in ('submitted','in_review') and type_code = 'expert_mission' and d->>'missionKind' = 'medical_service'), 0) as medical_missions_claimed,
  coalesce(sum(person_times) filter (where status = 'confirmed' and type_code = 'training' and d->>'trainingKind' in ('cadre', 'professional')), 0) as trained,
  coalesce(sum(person_times) filter (where status in ('submitted','in_review') and type_code = 'training' and d->>'trainingKind' in ('cadre', 'professional')), 0) as trained_claimed,
  coalesce(sum(amount_fen) filter (where status = 'confirmed' and type_code = 'fund_payment' and d->>'fundKind' = 'fiscal'), 0) as fiscal_paid,
  coalesce(sum(amount_fen) filter (where status in ('submitted','in_review') and type_code = 'fund_payment' and d->>'fundKind' = 'fiscal'), 0) as fiscal_paid_claimed,
  coalesce(sum(amount_fen) filter (where status = 'confirmed' and type_code = 'fund_payment' and d->>'fundKind' = 'fiscal' and d->>'purpose' = 'industry'), 0) as fiscal_industry,
  coalesce(sum(amount_fen) filter (where status in ('submitted','in_review') and type_code = 'fund_payment' and d->>'fundKind' = 'fiscal' and d->>'purpose' = 'industry'), 0) as fiscal_industry_claimed,
  coalesce(sum(amount_fen) filter (where status = 'confirmed' and type_code = 'fund_payment' and d->>'fundKind' = 'fiscal' and d->>'purpose' in ('livelihood','industry','employment','education_health','infrastructure') and d->>'level' in ('county','township','village')), 0) as fiscal_grassroots,
  coalesce(sum(amount_fen) filter (where status in ('submitted','in_review') and type_code = 'fund_payment' and d->>'fundKind' = 'fiscal' and d->>'purpose' in ('livelihood','industry','employment','education_health','infrastructure') and d->>'level' in ('county','township','village')), 0) as fiscal_grassroots_claimed,
  coalesce(sum(n) filter (where status = 'confirmed' and type_code = 'task_evidence' and d->>'task' = 'key_industry'), 0) as key_industry,
  coalesce(sum(n) filter (where status in ('submitted','in_review') and type_code = 'task_evidence' and d->>'task' = 'key_industry'), 0) as key_industry_claimed,
  coalesce(sum(n) filter (where status = 'confirmed' and type_code = 'task_evidence' and d->>'task' = 'featured_product'), 0) as featured_product,
  coalesce(sum(n) filter (where status in ('submitted','in_review') and type_code = 'task_evidence' and d->>'task' = 'featured_product'), 0) as featured_product_claimed,
  coalesce(sum(enterprises) filter (where status = 'confirmed' and type_code = 'enterprise_investment'), 0) as enterprises_invested,
  coalesce(sum(enterprises) filter (where status in ('submitted','in_review') and type_code = 'enterprise_investment'), 0) as enterprises_invested_claimed,
  coalesce(sum(amount_fen) filter (where status = 'confirmed' and type_code = 'enterprise_investment'), 0) as investment_amount,
  coalesce(sum(amount_fen) filter (where status in ('submitted','in_review') and type_code = 'enterprise_investment'), 0) as investment_amount_claimed,
  coalesce(sum(poor_persons) filter (where status = 'confirmed' and type_code = 'enterprise_investment'), 0) as poor_lifted,
  coalesce(sum(poor_persons) filter (where status in ('submitted','in_review') and type_code = 'enterprise_investment'), 0) as poor_lifted_claimed,
  coalesce(sum(amount_fen) filter (where status = 'confirmed' and type_code = 'consumption_purchase' and (d->>'certified')::boolean), 0) as consumption,
  coalesce(sum(amount_fen) filter (where status in ('submitted','in_review') and type_code = 'consumption_purchase' and (d->>'certified')::boolean), 0) as consumption_claimed,
  coalesce(sum(person_times) filter (where status = 'confirmed' and type_code = 'training' and d->>'trainingKind' = 'leader'), 0) as leaders_trained,
  coalesce(sum(person_times) filter (where status in ('submitted','in_review') and type_code = 'training' and d->>'trainingKind' = 'leader'), 0) as leaders_trained_claimed,
  coalesce(sum(persons) filter (where status = 'confirmed' and type_code = 'training' and d->>'trainingKind' = 'leader'), 0) as leaders_trained_persons,
  coalesce(sum(persons) filter (where status in ('submitted','in_review') and type_code = 'training' and d->>'trainingKind' = 'leader'), 0) as leaders_trained_persons_claimed,
  coalesce(sum(amount_fen) filter (where status = 'confirmed' and type_code = 'donation'), 0) as donations,
  coalesce(sum(amount_fen) filter (where status in ('submitted','in_review') and type_code = 'donation'), 0) as donations_claimed
from g) a,
(select
  coalesce(sum(k) filter (where status = 'confirmed' and type_code = 'employment' and d->>'destination' = 'near_home' and is_poor), 0) as near_home_rows,
  coalesce(sum(k) filter (where status in ('submitted','in_review') and type_code = 'employment' and d->>'destination' = 'near_home' and is_poor), 0) as near_home_rows_claimed,
  coalesce(sum(k) filter (where status = 'confirmed' and type_code = 'employment' and d->>'destination' = 'tianjin' and is_poor), 0) as tianjin_rows,
  coalesce(sum(k) filter (where status in ('submitted','in_review') and type_code = 'employment' and d->>'destination' = 'tianjin' and is_poor), 0) as tianjin_rows_claimed,
  coalesce(sum(k) filter (where status = 'confirmed' and type_code = 'employment' and d->>'destination' = 'elsewhere' and is_poor), 0) as elsewhere_rows,
  coalesce(sum(k) filter (where status in ('submitted','in_review') and type_code = 'employment' and d->>'destination' = 'elsewhere' and is_poor), 0) as elsewhere_rows_claimed,
  coalesce(sum(k) filter (where status = 'confirmed' and type_code = 'business_start'), 0) as business_starts_rows,
  coalesce(sum(k) filter (where status in ('submitted','in_review') and type_code = 'business_start'), 0) as business_starts_rows_claimed
from s) b,
(select
  count(distinct person_id) filter (where status = 'confirmed' and type_code = 'employment' and d->>'destination' = 'near_home' and is_poor) as near_home_distinct,
  count(distinct person_id) filter (where status in ('submitted','in_review') and type_code = 'employment' and d->>'destination' = 'near_home' and is_poor) as near_home_distinct_claimed,
  count(distinct person_id) filter (where status = 'confirmed' and type_code = 'employment' and d->>'destination' = 'tianjin' and is_poor) as tianjin_distinct,
  count(distinct person_id) filter (where status in ('submitted','in_review') and type_code = 'employment' and d->>'destination' = 'tianjin' and is_poor) as tianjin_distinct_claimed,
  count(distinct person_id) filter (where status = 'confirmed' and type_code = 'employment' and d->>'destination' = 'elsewhere' and is_poor) as elsewhere_distinct,
  count(distinct person_id) filter (where status in ('submitted','in_review') and type_code = 'employment' and d->>'destination' = 'elsewhere' and is_poor) as elsewhere_distinct_claimed,
  count(distinct person_id) filter (where status = 'confirmed' and type_code = 'business_start') as business_starts_distinct,
  count(distinct person_id) filter (where status in ('submitted','in_review') and type_code = 'business_start') as business_starts_distinct_claimed
from m) c
