-- The 2019 plan's figures for one county, written by hand in one scan of the county's confirmed records plus one
-- scan of the rosters: the floor the engine is measured against.  $1 tenant, $2 year, $3 as-of date, $4 county
select * from
(select
  coalesce(sum(persons) filter (where type_code = 'secondment' and attrs->>'personKind' = 'cadre' and attrs->>'direction' = 'east_to_west'), 0) as cadres_sent,
  coalesce(sum(persons) filter (where type_code = 'secondment' and attrs->>'personKind' = 'professional' and attrs->>'direction' = 'east_to_west'), 0) as professionals_sent,
  coalesce(sum(persons) filter (where type_code = 'secondment' and attrs->>'personKind' = 'professional' and attrs->>'direction' = 'east_to_west' and months >= 12), 0) as professionals_long,
  count(*) filter (where type_code = 'expert_mission' and attrs->>'missionKind' = 'medical_service') as medical_missions,
  coalesce(sum(person_times) filter (where type_code = 'training' and attrs->>'trainingKind' in ('cadre', 'professional')), 0) as trained,
  coalesce(sum(amount_fen) filter (where type_code = 'fund_payment' and attrs->>'fundKind' = 'fiscal'), 0) as fiscal_paid,
  coalesce(sum(amount_fen) filter (where type_code = 'fund_payment' and attrs->>'fundKind' = 'fiscal' and attrs->>'purpose' = 'industry'), 0) as fiscal_industry,
  coalesce(sum(amount_fen) filter (where type_code = 'fund_payment' and attrs->>'fundKind' = 'fiscal' and attrs->>'purpose' in ('livelihood','industry','employment','education_health','infrastructure') and attrs->>'level' in ('county','township','village')), 0) as fiscal_grassroots,
  count(*) filter (where type_code = 'task_evidence' and attrs->>'task' = 'key_industry') as key_industry,
  count(*) filter (where type_code = 'task_evidence' and attrs->>'task' = 'featured_product') as featured_product,
  coalesce(sum(enterprises) filter (where type_code = 'enterprise_investment'), 0) as enterprises_invested,
  coalesce(sum(amount_fen) filter (where type_code = 'enterprise_investment'), 0) as investment_amount,
  coalesce(sum(poor_persons) filter (where type_code = 'enterprise_investment'), 0) as poor_lifted,
  coalesce(sum(amount_fen) filter (where type_code = 'consumption_purchase' and (attrs->>'certified')::boolean), 0) as consumption,
  coalesce(sum(person_times) filter (where type_code = 'training' and attrs->>'trainingKind' = 'leader'), 0) as leaders_trained,
  coalesce(sum(persons) filter (where type_code = 'training' and attrs->>'trainingKind' = 'leader'), 0) as leaders_trained_persons,
  coalesce(sum(amount_fen) filter (where type_code = 'donation'), 0) as donations
from records
where tenant_id = $1 and year = $2 and occurred_on <= $3::date and county_code = $4 and status = 'confirmed'
  and type_code in ('secondment','expert_mission','training','fund_payment','task_evidence','enterprise_investment','consumption_purchase','donation')) a,
(select
  count(distinct rp.person_id) filter (where r.type_code = 'employment' and r.attrs->>'destination' = 'near_home' and rp.is_poor) as near_home,
  count(distinct rp.person_id) filter (where r.type_code = 'employment' and r.attrs->>'destination' = 'tianjin' and rp.is_poor) as tianjin,
  count(distinct rp.person_id) filter (where r.type_code = 'employment' and r.attrs->>'destination' = 'elsewhere' and rp.is_poor) as elsewhere,
  count(distinct rp.person_id) filter (where r.type_code = 'business_start') as business_starts
from records r join record_people rp on rp.record_id = r.id
where r.tenant_id = $1 and r.year = $2 and r.occurred_on <= $3::date and r.county_code = $4 and r.status = 'confirmed'
  and r.type_code in ('employment','business_start')) b
