### 1. Perspective plan (`form: perspective-plan`): its printed words, in Kyrgyz (the regulation's own wording).
### The words several pages print are in ../forms.ftl.

## 1. Perspective plan

form-perspective-plan = Окутуучулардын квалификациясын жогорулатуу боюнча келечектүү план
perspective-title = Окутуучулардын квалификациясын жогорулатуу боюнча {$years}-окуу жылдары үчүн келечектүү планы
perspective-year = {$year}-окуу жылы
perspective-col-1 = №
perspective-col-2 = Кафедра
perspective-col-3 = Окутуучулардын аты-жөнү
perspective-col-4 = Кызмат орду, предмети
perspective-col-5 = Окумуштуу даражасы
perspective-col-6 = Курстан акыркы өткөн жылдары
direction-methodology = методика
direction-it = IT технология
direction-specialty = Адистик
