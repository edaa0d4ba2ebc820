### 2. Annual plan (`form: annual-plan`): its printed words, in Kyrgyz (the regulation's own wording).
### The words several pages print are in ../forms.ftl.

## 2. Annual plan

form-annual-plan = Кафедранын квалификацияны жогорулатуу боюнча жылдык планы
annual-title = {$year}-окуу жылындагы {$department} окутуучулардын квалификациясын жогорулатуу боюнча жылдык планы
annual-col-1 = №
annual-col-2 = Окутуучулардын аты-жөнү
annual-col-3 = Кызмат орду, предмети
annual-col-4 = Окумуштуу даражасы
annual-col-5 = Курстан акыркы өткөн жылдары
annual-col-6 = Квалификацияны жогорулатуунун түрү
annual-col-7 = Квалификацияны жогорулатуунун мөөнөттөрү
annual-col-8 = Квалификацияны жогорулатуучу мекеме
annual-col-9 = Эскертүү
annual-kind-direction = {$kind}: {$direction}
