// Generated from specs/itpolicy/taobao.alitrip.it.policy.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.policy.get` (【国际机票销售规则】单条查询). */
export interface TaobaoAlitripItPolicyGetRequest {
  /** 预留扩展字段 */
  extend_attributes?: string;
  /** 接入方产品编号 */
  out_id?: string;
  /** 淘宝政策id */
  taobao_id?: Int64Input;
}

/** Response of `taobao.alitrip.it.policy.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItPolicyGetResponse {
  /** 扩展字段 */
  extend_attributes?: string;
  /** 政策状态，0-未发布，1-已发布，2-已过期 */
  status?: Int64;
  /** 淘宝政策id */
  taobao_id?: Int64;
  /** 政策信息 */
  policy_do?: TaobaoAlitripItPolicyGetTopPolicyDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopPolicyDo` of `taobao.alitrip.it.policy.get`. */
export interface TaobaoAlitripItPolicyGetTopPolicyDo {
  /** 航空公司，航空公司两字码，如CA */
  airline?: string;
  /** 价格区间，空表示默认值为0-999999默认为正整型上限必须大于下限 */
  allow_price_range?: string;
  /** 目的地，空表示所有航线都适用可录入格式：1) 城市三代如SHA,NYC,SEL2) 国家二代如CN,US,KR3) TC区代码如TC1,TC2,TC34) 为空表示不限制允许1.2.3. 混合录入，可录入多个用，隔开表示多个最多允许录入100个多个用,分隔.可输入单个区域和多个城市,支持区域和城市同时输入，以自定义区域表为准，输入自定义名称，系统存入对应城市三字码集合最多输入100个城市 */
  arr_cities?: string;
  /** 购票须知，非必输长度小于300字符只在退票规定不为空时才会生效 */
  buy_ticket_notice?: string;
  /** 舱位，空表示所有舱位都适用多个用,分隔 */
  cabin_restrict?: string;
  /** 适用/例外舱位，可选：适用、例外，如果舱位有值，则必须输入适用或例外 */
  cabin_restrict_type?: string;
  /** 儿童留钱，非必输;为整型;支持负数;单位元 */
  child_sale_rebase?: string;
  /** 儿童返点，非必输;可输入负值;范围-100至100之间，可保留2位小数 */
  child_sale_retention?: string;
  /** 代码共享适用类型，空：不允许代码共享;可以选值：仅限同集团代码共享适用、代码共享适用、不允许代码共享、 */
  code_sharing_type?: string;
  /** 始发地，空表示所有航线都适用可录入格式：1) 城市三代如SHA,NYC,SEL2) 国家二代如CN,US,KR3) TC区代码如TC1,TC2,TC34) 为空表示不限制允许1.2.3. 混合录入，可录入多个用，隔开表示多个最多允许录入100个多个用,分隔.可输入单个区域和多个城市,支持区域和城市同时输入，以自定义区域表为准，输入自定义名称，系统存入对应城市三字码集合最多输入100个城市 */
  dep_cities?: string;
  /** 去程旅行日期，必填项；支持添加多对日期多段用,分隔；可支持2013-01-01或2013/01/01格式输入；范围用~表示 */
  dep_date?: string;
  /** 例外目的地，空表示所有航线都适用可录入格式：1) 城市三代如SHA,NYC,SEL2) 国家二代如CN,US,KR3) TC区代码如TC1,TC2,TC34) 为空表示不限制允许1.2.3. 混合录入，可录入多个用，隔开表示多个最多允许录入100个多个用,分隔.可输入单个区域和多个城市,支持区域和城市同时输入，以自定义区域表为准，输入自定义名称，系统存入对应城市三字码集合最多输入100个城市 */
  exclude_arr_cities?: string;
  /** 例外始发地，空表示所有航线都适用可录入格式：1) 城市三代如SHA,NYC,SEL2) 国家二代如CN,US,KR3) TC区代码如TC1,TC2,TC34) 为空表示不限制允许1.2.3. 混合录入，可录入多个用，隔开表示多个最多允许录入100个多个用,分隔.可输入单个区域和多个城市,支持区域和城市同时输入，以自定义区域表为准，输入自定义名称，系统存入对应城市三字码集合最多输入100个城市 */
  exclude_dep_cities?: string;
  /** 适用fareBasis，空表示所有都适用支持数字字母组合支持多个,支持通配符%不限制长度的通配符,只 支持首或末位一个% */
  fare_basis_allowed?: string;
  /** 例外fareBasis，空表示所有都适用支持数字字母组合支持多个,支持通配符%不限制长度的通配符,只 支持首或末位一个% */
  fare_basis_forbidden?: string;
  /** 运价来源，空：表示平台运价; 此处为单选,输入平台运价，表示平台运价，不同的接入方可选值不一样 */
  fare_source?: string;
  /** 可适用运价渠道，空：表示都适用 运价来源为“平台运价”时，此处选项为：GDS, 文件运价。 以上选项若多个用,分隔 */
  fare_type?: string;
  /** 适用航班，同一航段之间用，隔开表示或的关系；不同航段之间用/隔开。 1 CA001-999,CA3000-3999 表示CA001至999以及3000至3999之间航班号的航班2 MU 表示所有MU开头的航班 3 CA(LH\AZ) 表示CA开头的实际承运人为LH或AZ的航班4 CA(*) 表示CA代码共享航班/CA开头的实际承运人为其他航空公司的航班5 CA(CA) 表示CA自营航班/CA实际承运航班；6 CA(OZ)001-999 表示CA开头航班号为001-999之间且实际承运人为OZ的航班；7 为空表示无限制 */
  flight_restrict?: string;
  /** 是否允许1/2RT组合销售规则，允许、不允许空表示：不允许 */
  is_support_rt?: string;
  /** 行李额规定，非必输长度小于300字符请同时录入 退票规定、改签规定和行李额规定 */
  luggage_rule?: string;
  /** 误机罚金说明，非必输长度小于300字符只在退票规定不为空时才会生效 */
  noshow_rule?: string;
  /** 预定OFFICE，空表示默认优先级最高OFFICE，可输入OFFICE，校验必须为配置中存在的OFFICE */
  office_no?: string;
  /** 成人身份，1.不得为空2.可选：普通/学生 3多个使用,分隔 */
  passenger_type?: string;
  /** 产品编号，内容可空，支持字母和数字,最多50个字符 */
  policy_id?: string;
  /** 商品类型，非必输；默认为普通可填写为金牌或普通 */
  product_type?: string;
  /** 退票规定，非必输长度小于300字符请同时录入 退票规定、改签规定和行李额规定 */
  refund_rule?: string;
  /** 改签规定，非必输长度小于300字符请同时录入 退票规定、改签规定和行李额规定 */
  reissue_rule?: string;
  /** 备注信息，销售规则备注,最多300个字符 */
  remark?: string;
  /** 回程旅行日期，非必填，支持添加多对日期多段用,分隔；可支持2013-01-01或2013/01/01格式输入；范围用~表示 */
  ret_date?: string;
  /** 1/2RT计算方式，空：表示取严，可录入各取各或者取严，表示1/2RT佣金计算方式是各取各或者取严。 */
  rt_commission_formula?: string;
  /** 销售日期，必填项；销售日期只能输入一段;日期对为左右都是闭区间格式：可支持2013-01-01或2013/01/01格式输入；范围用~表示 */
  sale_date?: string;
  /** 留钱，返点和留钱至少二选一 */
  sale_rebase?: string;
  /** 返点，可输入负值范围-100至100之间，可保留2位小数与留钱固定金额二选一必输 */
  sale_retention?: string;
  /** 服务等级，默认值空：表示所有服务等级适用头等公务超值经济经济可多选，用,分隔 */
  service_level?: string;
  /** 中转点，空表示所有航线都适用可录入格式：1) 城市三代如SHA,NYC,SEL2) 国家二代如CN,US,KR3) TC区代码如TC1,TC2,TC34) 为空表示不限制允许1.2.3. 混合录入，可录入多个用，隔开表示多个最多允许录入100个多个用,分隔.可输入单个区域和多个城市,支持区域和城市同时输入，以自定义区域表为准，输入自定义名称，系统存入对应城市三字码集合最多输入100个城市 */
  transfer_cities?: string;
  /** 中转类型（是否直达），空：表示不限，即直达中转都适用，可选：直达、中转 */
  transfer_type?: string;
  /** 航程种类，可选：单程、往返、空为不限 */
  travel_type?: string;
  /** 扩展字段，预留 */
  extend_attributes?: string;
  /** 不同航司联运，非必输；可输入允许或不允许，空表示不允许 */
  is_allow_union_airline?: string;
  /** 渠道名称，非必输，不同的接入方可选值不一样 */
  channel_id_desc?: string;
  /** 提前销售天数 */
  presale_period?: string;
  /** 例外航线,默认销售规则, 格式为xxx-xxx,xxx-xxx ，英文逗号分开，区域类型与例外始发地的一致 */
  default_od_deny?: string;
  /** 航司代码共享范围 airline_code_sharing : 格式 KA(CX/CX),CA(CZ) 英文逗号分开，/ 分隔内部，航司二字码表示 */
  airline_code_sharing?: string;
}

const REQUEST_SCHEMA = {
  extend_attributes: 'String',
  out_id: 'String',
  taobao_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  extend_attributes: 'String',
  status: 'Number',
  taobao_id: 'Number',
  policy_do: {
    airline: 'String',
    allow_price_range: 'String',
    arr_cities: 'String',
    buy_ticket_notice: 'String',
    cabin_restrict: 'String',
    cabin_restrict_type: 'String',
    child_sale_rebase: 'String',
    child_sale_retention: 'String',
    code_sharing_type: 'String',
    dep_cities: 'String',
    dep_date: 'String',
    exclude_arr_cities: 'String',
    exclude_dep_cities: 'String',
    fare_basis_allowed: 'String',
    fare_basis_forbidden: 'String',
    fare_source: 'String',
    fare_type: 'String',
    flight_restrict: 'String',
    is_support_rt: 'String',
    luggage_rule: 'String',
    noshow_rule: 'String',
    office_no: 'String',
    passenger_type: 'String',
    policy_id: 'String',
    product_type: 'String',
    refund_rule: 'String',
    reissue_rule: 'String',
    remark: 'String',
    ret_date: 'String',
    rt_commission_formula: 'String',
    sale_date: 'String',
    sale_rebase: 'String',
    sale_retention: 'String',
    service_level: 'String',
    transfer_cities: 'String',
    transfer_type: 'String',
    travel_type: 'String',
    extend_attributes: 'String',
    is_allow_union_airline: 'String',
    channel_id_desc: 'String',
    presale_period: 'String',
    default_od_deny: 'String',
    airline_code_sharing: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.policy.get`: method, response root, request and response schemas. */
export const taobaoAlitripItPolicyGetOperation = {
  method: 'taobao.alitrip.it.policy.get',
  responseRoot: 'alitrip_it_policy_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票销售规则】单条查询 — calls TOP method `taobao.alitrip.it.policy.get`.
 *
 * 通过此接口可以查询单条销售规则的详情，可以根据taobaoId或outId查询，用户outId查询时，如果outId不唯一，只返回最新添加的一条数据。taobaoId为新增成功时候返回的唯一id，outId为新增时的policy_id（产品编号）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItPolicyGet(
  client: TopClient,
  request: TaobaoAlitripItPolicyGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripItPolicyGetResponse> {
  return client.call<TaobaoAlitripItPolicyGetResponse>(
    {
      method: 'taobao.alitrip.it.policy.get',
      responseRoot: 'alitrip_it_policy_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
