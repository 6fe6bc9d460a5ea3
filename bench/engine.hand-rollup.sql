-- The same figures as engine.hand.sql, written by hand over the roll-ups, the way the engine reads them: whole months
-- before the as-of date's month from county_rollup, that month's days up to the date from county_day_rollup, grouped
-- before the conditions; people by day: a person's only row in the year counted from person_single_day, the others
-- from person_rollup by a distinct count. The floor for the engine's roll-up path.
-- $1 tenant, $2 year, $3 as-of date, $4 county
with g as (
  select type_code, d, sum(n) as n, sum(persons) as persons, sum(person_times) as person_times, sum(amount_fen) as amount_fen, sum(enterprises) as enterprises, sum(poor_persons) as poor_persons
  from (
    select type_code, dims as d, n, persons, person_times, amount_fen, enterprises, poor_persons from county_rollup
    where tenant_id = $1 and year = $2 and county_code = $4 and status = 'confirmed' and period < date_trunc('month', $3::date)::date
      and type_code in ('secondment','expert_mission','training','fund_payment','task_evidence','enterprise_investment','consumption_purchase','donation')
    union all
    select type_code, dims as d, n, persons, person_times, amount_fen, enterprises, poor_persons from county_day_rollup
    where tenant_id = $1 and year = $2 and county_code = $4 and status = 'confirmed' and period >= date_trunc('month', $3::date)::date and period <= $3::date
      and type_code in ('secondment','expert_mission','training','fund_payment','task_evidence','enterprise_investment','consumption_purchase','donation')
  ) u group by 1, 2
),
s as (
  select type_code, dims as d, is_poor, sum(n) as k from person_single_day
  where tenant_id = $1 and year = $2 and county_code = $4 and status = 'confirmed' and period <= $3::date and type_code in ('employment','business_start')
  group by 1, 2, 3
),
m as (
  select type_code, dims as d, is_poor, person_id from person_rollup
  where tenant_id = $1 and year = $2 and county_code = $4 and status = 'confirmed' and period <= $3::date and not single and type_code in ('employment','business_start')
)
select * from
(select
  coalesce(sum(persons) filter (where type_code = 'secondment' and d->>'personKind' = 'cadre' and d->>'direction' = 'east_to_west'), 0) as cadres_sent,
  coalesce(sum(persons) filter (where type_code = 'secondment' and d->>'personKind' = 'professional' and d->>'direction' = 'east_to_west'), 0) as professionals_sent,
  coalesce(sum(persons) filter (where type_code = 'secondment' and d->>'personKind' = 'professional' and d->>'direction' = 'east_to_west' and (d->>'months')::int >= 12), 0) as professionals_long,
  coalesce(sum(n) filter (where type_code = 'expert_mission' and d->>'missionKind' = 'medical_service'), 0) as medical_missions,
  coalesce(sum(person_times) filter (where type_code = 'training' and d->>'trainingKind' in ('cadre', 'professional')), 0) as trained,
  coalesce(sum(amount_fen) filter (where type_code = 'fund_payment' and d->>'fundKind' = 'fiscal'), 0) as fiscal_paid,
  coalesce(sum(amount_fen) filter (where type_code = 'fund_payment' and d->>'fundKind' = 'fiscal' and d->>'purpose' = 'industry'), 0) as fiscal_industry,
  coalesce(sum(amount_fen) filter (where type_code = 'fund_payment' and d->>'fundKind' = 'fiscal' and d->>'purpose' in ('livelihood','industry','employment','education_health','infrastructure') and d->>'level' in ('county','township','village')), 0) as fiscal_grassroots,
  coalesce(sum(n) filter (where type_code = 'task_evidence' and d->>'task' = 'key_industry'), 0) as key_industry,
  coalesce(sum(n) filter (where type_code = 'task_evidence' and d->>'task' = 'featured_product'), 0) as featured_product,
  coalesce(sum(enterprises) filter (where type_code = 'enterprise_investment'), 0) as enterprises_invested,
  coalesce(sum(amount_fen) filter (where type_code = 'enterprise_investment'), 0) as investment_amount,
  coalesce(sum(poor_persons) filter (where type_code = 'enterprise_investment'), 0) as poor_lifted,
  coalesce(sum(amount_fen) filter (where type_code = 'consumption_purchase' and (d->>'certified')::boolean), 0) as consumption,
  coalesce(sum(person_times) filter (where type_code = 'training' and d->>'trainingKind' = 'leader'), 0) as leaders_trained,
  coalesce(sum(persons) filter (where type_code = 'training' and d->>'trainingKind' = 'leader'), 0) as leaders_trained_persons,
  coalesce(sum(amount_fen) filter (where type_code = 'donation'), 0) as donations
from g) a,
(select
  coalesce(sum(k) filter (where type_code = 'employment' and d->>'destination' = 'near_home' and is_poor), 0) as near_home_1,
  coalesce(sum(k) filter (where type_code = 'employment' and d->>'destination' = 'tianjin' and is_poor), 0) as tianjin_1,
  coalesce(sum(k) filter (where type_code = 'employment' and d->>'destination' = 'elsewhere' and is_poor), 0) as elsewhere_1,
  coalesce(sum(k) filter (where type_code = 'business_start'), 0) as business_starts_1
from s) b,
(select
  count(distinct person_id) filter (where type_code = 'employment' and d->>'destination' = 'near_home' and is_poor) as near_home_n,
  count(distinct person_id) filter (where type_code = 'employment' and d->>'destination' = 'tianjin' and is_poor) as tianjin_n,
  count(distinct person_id) filter (where type_code = 'employment' and d->>'destination' = 'elsewhere' and is_poor) as elsewhere_n,
  count(distinct person_id) filter (where type_code = 'business_start') as business_starts_n
from m) c
