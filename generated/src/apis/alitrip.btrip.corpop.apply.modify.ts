// Generated from specs/btrip/alitrip.btrip.corpop.apply.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.apply.modify` (【商旅】修改出差审批单（行程）). */
export interface AlitripBtripCorpopApplyModifyRequest {
  /** 请求对象 */
  rq: AlitripBtripCorpopApplyModifyOpenApiApplyRqInput;
}

/** Response of `alitrip.btrip.corpop.apply.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopApplyModifyResponse {
  /** 结果对象 */
  result?: AlitripBtripCorpopApplyModifyHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiApplyRq` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyOpenApiApplyRqInput {
  /** 外部申请单id */
  thirdpart_apply_id: string;
  /** 用户展示的外部审批单id信息 */
  thirdpart_business_id?: string;
  /** 第三方企业id */
  corp_id: string;
  /** 企业名称 */
  corp_name?: string;
  /** 部门id，如果不传，会根据user相关信息去获取对应的部门信息，如果传的是错误的部门信息，后面无法做部门的费用归属；部门ID只能是数字 */
  depart_id?: string;
  /** 部门名称 */
  depart_name?: string;
  /** 行程列表 */
  itinerary_list?: AlitripBtripCorpopApplyModifyOpenItineraryInfoInput[];
  /** 审批单状态，不传入默认为0：0审批中，1同意，2拒绝 */
  status?: Int64Input;
  /** 出行人列表 */
  traveler_list?: AlitripBtripCorpopApplyModifyOpenUserInfoInput[];
  /** 出差事由 */
  trip_cause: string;
  /** 出差天数 */
  trip_day?: Int64Input;
  /** 申请单标题 */
  trip_title: string;
  /** 申请人Id（第三方用户id） */
  user_id: string;
  /** 用户名称，如果要传必须传真实姓名，如果不传则会以系统当前维护userId对应的名称进行预订 */
  user_name?: string;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
  /** 外部出行人列表 */
  external_traveler_list?: AlitripBtripCorpopApplyModifyOpenUserInfoInput2[];
  /** 审批单酒店预算，单位分。注意：特殊授权人住店产生的杂费（用餐、房间内商品等）将在退房时扣款，由企业支付 */
  hotel_budget?: Int64Input;
  /** 审批单机票预算，单位分 */
  flight_budget?: Int64Input;
  /** 审批单火车票预算，单位分。注意：例如坐席同为”硬卧“，上/中/下铺存在价格差异的情况，预订时将按照其中最高价格，校验预算余额 */
  train_budget?: Int64Input;
  /** 审批单用车预算，单位分。注意：打车场景存在不可控因素，会超出原预估价格：1. 乘客线下修改目的地；2. 堵车等道路意外情况；3. 司机添加附加费，如过路费、高速费、等待费等 */
  vehicle_budget?: Int64Input;
  /** 审批单总预算，单位分 */
  budget?: Int64Input;
  /** 关联单号 */
  union_no?: string;
  /** 多个申请单预算合并。1：否，【union_no】相同的【申请单(apply id)】，每个的【预算】仅对本申请单生效。2：是，所有【union_no】相同的【申请单(apply id)】，其中全部【预算】合并求和，可以混用。 */
  budget_merge?: Int64Input;
  /** 0：不限制出行人，1：限申请单内的出行人。注意：不限出行人，实际出行人也不限制差标，而且传入的出行人信息也不会存储 */
  limit_traveler?: Int64Input;
  /** 同时预订(机票&火车票)规则。1：就高；2：就低。 */
  together_book_rule?: Int64Input;
  /** 酒店合住规则 */
  hotel_share?: AlitripBtripCorpopApplyModifyHotelShareInfoInput;
  /** 外部出行人差标 */
  external_traveler_standard?: AlitripBtripCorpopApplyModifyExternalUserStandardInput;
  /** 内部人员差标列表 */
  traveler_standard?: AlitripBtripCorpopApplyModifyInternalUserStandardInput[];
  /** 城市集行程列表 */
  itinerary_set_list?: AlitripBtripCorpopApplyModifyOpenItineraryInfoInput2[];
  /** 申请单城市规则： 0出发&目的地一对一，按列表传行程 1多选N个地点，城市集行程 不传默认为0 会根据商旅管理后台-通用差旅设置-行程城市规则中的设置，校验申请单本字段的值是否正确 当行程城市规则中设置的是“1对1行程”时，必须传0 当行程城市规则中设置的是“多对多城市集行程”时，必须传1 会根据此字段传入的值，校验行程传参是否正确 当申请单城市规则为0，itinerary_list行程列表必填 当申请单城市规则为1，城市集行程必填 */
  itinerary_rule?: Int64Input;
}

/** `OpenItineraryInfo` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyOpenItineraryInfoInput {
  /** 到达城市 */
  arr_city?: string;
  /** 必填，到达城市编码。传0时，不管控到达城市。注意：出发/到达地点只能都不限，或者都限制。不限城市情况，请注意酒店差标的传参，确保所有城市都有传入差标 */
  arr_city_code?: string;
  /** 到达日期 */
  arr_date?: DateInput;
  /** 商旅成本中心id，若不填则第三方成本中心id必填 */
  cost_center_id?: Int64Input;
  /** 出发城市 */
  dep_city?: string;
  /** 必填，出发城市编码。传0时，不管控出发城市。注意：出发/到达地点只能都不限，或者都限制。不限城市情况，请注意酒店差标的传参，确保所有城市都有传入差标 */
  dep_city_code?: string;
  /** 出发日期 */
  dep_date?: DateInput;
  /** 商旅发票id，和第三方发票id选填一个即可 */
  invoice_id?: Int64Input;
  /** 行程id */
  itinerary_id?: string;
  /** 项目编码 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 第三方成本中心id，若不填则商旅成本中心id必填 */
  thirdpart_cost_center_id?: string;
  /** 交通方式： 0 飞机、酒店、用车, 1 火车、酒店、用车, 2 用车、酒店, 3 用车、酒店，4 用车、酒店，6 飞机、用车，7 火车、用车，9 飞机、火车、酒店、用车，10 飞机、火车、用车，11 仅用车，21 飞机、酒店，22 火车、酒店，24 酒店，25 飞机，26 火车，27 飞机、火车、酒店，28 飞机、火车 */
  traffic_type?: Int64Input;
  /** 行程类型：0单程，1往返 */
  trip_way?: Int64Input;
  /** 第三方发票id，和商旅发票id选填一个即可 */
  third_part_invoice_id?: string;
  /** 行程是否需要预定酒店，不传默认需要 */
  need_hotel?: boolean;
  /** 行程是否需要预定交通工具，不传默认需要 */
  need_traffic?: boolean;
}

/** `OpenUserInfo` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyOpenUserInfoInput {
  /** 出行人id（第三方用户id） */
  user_id?: string;
  /** 出行人名称 */
  user_name?: string;
}

/** `OpenUserInfo` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyOpenUserInfoInput2 {
  /** 出行人名称，英文姓名请用“/”分隔，中间不能含有空格，顺序：姓/名（last-name/first-name） */
  user_name?: string;
}

/** `HotelShareInfo` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyHotelShareInfoInput {
  /** 合住公式。1-"(A+B)*param%",2-"A*param%",3-"A+B*param%",4-"A+param元",5-"(A+B)/2+param元" */
  type?: string;
  /** 请传入整数即可，当合住方式为1/2/3时接口会处理成x% */
  param?: string;
}

/** `ExternalUserStandard` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyExternalUserStandardInput {
  /** 国内机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  flight_cabins?: string;
  /** 经济舱折扣。1到10的整数 */
  economy_discount?: Int64Input;
  /** 商务舱折扣。1到10的整数 */
  business_discount?: Int64Input;
  /** 头等舱折扣。1到10的整数 */
  first_discount?: Int64Input;
  /** 火车票坐席，多值逗号分隔。0：硬座，1：硬卧，2：软座，3：软卧，4：高级软卧，5：商务座，6：一等座，7：二等座，8：动卧 */
  train_seats?: string;
  /** 酒店城市费用列表 */
  hotel_citys?: AlitripBtripCorpopApplyModifyHotelCityFeeInput[];
  /** 限制差标类型。0-不限差标，1-限制差标。注意：同一审批单的所有出行人只能都限制差标/都不限制差标，否则会调用失败 */
  reserve_type?: Int64Input;
  /** 国际机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  international_flight_cabins?: string;
  /** 超级经济舱折扣。1到10的整数 */
  premium_economy_discount?: Int64Input;
}

/** `HotelCityFee` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyHotelCityFeeInput {
  /** 城市编码，传0代表其他全部城市 */
  city_code?: string;
  /** 城市名称 */
  city_name?: string;
  /** 酒店间夜金额，单位(分)，如需不限请传99999999。注意：差标只能管控到元，角、分会被抹掉，请避免传入角、分的值。 */
  fee?: Int64Input;
}

/** `InternalUserStandard` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyInternalUserStandardInput {
  /** 国内机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  flight_cabins?: string;
  /** 经济舱折扣。1到10的整数 */
  economy_discount?: Int64Input;
  /** 商务舱折扣。1到10的整数 */
  business_discount?: Int64Input;
  /** 头等舱折扣。1到10的整数 */
  first_discount?: Int64Input;
  /** 火车票坐席，多值逗号分隔。0：硬座，1：硬卧，2：软座，3：软卧，4：高级软卧，5：商务座，6：一等座，7：二等座，8：动卧 */
  train_seats?: string;
  /** 酒店城市费用列表 */
  hotel_citys?: AlitripBtripCorpopApplyModifyHotelCityFeeInput[];
  /** 限制差标类型。0-不限差标，1-限制差标。注意：同一审批单的所有出行人只能都限制差标/都不限制差标，否则会调用失败 */
  reserve_type?: Int64Input;
  /** 出行人id（第三方用户id） */
  user_id?: string;
  /** 国际机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  international_flight_cabins?: string;
  /** 超级经济舱折扣。1到10的整数 */
  premium_economy_discount?: Int64Input;
}

/** `OpenItineraryInfo` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyOpenItineraryInfoInput2 {
  /** 行程id */
  itinerary_id?: string;
  /** 交通方式： 0 飞机、酒店、用车, 1 火车、酒店、用车, 2 用车、酒店, 3 用车、酒店，4 用车、酒店，6 飞机、用车，7 火车、用车，9 飞机、火车、酒店、用车，10 飞机、火车、用车，11 仅用车，21 飞机、酒店，22 火车、酒店，24 酒店，25 飞机，26 火车，27 飞机、火车、酒店，28 飞机、火车 */
  traffic_type?: Int64Input;
  /** 离抵城市名称，多个城市请用中文“，”隔开 */
  city_set?: string;
  /** 离抵城市code，多个城市请用中文“，”隔开 当允许预订的类目为1/3/7/9时，仅传行政区划citycode允许通过 当允许预订的类目为0/6时，仅传城市三字码允许通过 */
  city_code_set?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 到达日期 */
  arr_date?: string;
  /** 商旅成本中心id，和第三方成本中心id二者选择其一即可 */
  cost_center_id?: Int64Input;
  /** 第三方成本中心id，和商旅成本中心id二者选择其一即可 */
  thirdpart_cost_center_id?: string;
  /** 商旅发票id，和第三方发票Id二者选择其一即可 */
  invoice_id?: Int64Input;
  /** 第三方发票id，和商旅发票id二者选择其一即可 */
  third_part_invoice_id?: string;
  /** 项目编号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
}

/** `HisvResult` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyHisvResult {
  /** 结果对象 */
  module?: AlitripBtripCorpopApplyModifyOpenApiApplyRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  is_success?: boolean;
}

/** `OpenApiApplyRs` of `alitrip.btrip.corpop.apply.modify`. */
export interface AlitripBtripCorpopApplyModifyOpenApiApplyRs {
  /** 商旅申请单ID */
  apply_id?: Int64;
  /** 外部申请单ID */
  thirdpart_apply_id?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_apply_id: 'String',
    thirdpart_business_id: 'String',
    corp_id: 'String',
    corp_name: 'String',
    depart_id: 'String',
    depart_name: 'String',
    itinerary_list: [
      {
        arr_city: 'String',
        arr_city_code: 'String',
        arr_date: 'Date',
        cost_center_id: 'Number',
        dep_city: 'String',
        dep_city_code: 'String',
        dep_date: 'Date',
        invoice_id: 'Number',
        itinerary_id: 'String',
        project_code: 'String',
        project_title: 'String',
        thirdpart_cost_center_id: 'String',
        traffic_type: 'Number',
        trip_way: 'Number',
        third_part_invoice_id: 'String',
        need_hotel: 'Boolean',
        need_traffic: 'Boolean',
      },
    ],
    status: 'Number',
    traveler_list: [
      {
        user_id: 'String',
        user_name: 'String',
      },
    ],
    trip_cause: 'String',
    trip_day: 'Number',
    trip_title: 'String',
    user_id: 'String',
    user_name: 'String',
    version: 'Number',
    external_traveler_list: [
      {
        user_name: 'String',
      },
    ],
    hotel_budget: 'Number',
    flight_budget: 'Number',
    train_budget: 'Number',
    vehicle_budget: 'Number',
    budget: 'Number',
    union_no: 'String',
    budget_merge: 'Number',
    limit_traveler: 'Number',
    together_book_rule: 'Number',
    hotel_share: {
      type: 'String',
      param: 'String',
    },
    external_traveler_standard: {
      flight_cabins: 'String',
      economy_discount: 'Number',
      business_discount: 'Number',
      first_discount: 'Number',
      train_seats: 'String',
      hotel_citys: [
        {
          city_code: 'String',
          city_name: 'String',
          fee: 'Number',
        },
      ],
      reserve_type: 'Number',
      international_flight_cabins: 'String',
      premium_economy_discount: 'Number',
    },
    traveler_standard: [
      {
        flight_cabins: 'String',
        economy_discount: 'Number',
        business_discount: 'Number',
        first_discount: 'Number',
        train_seats: 'String',
        hotel_citys: [
          {
            city_code: 'String',
            city_name: 'String',
            fee: 'Number',
          },
        ],
        reserve_type: 'Number',
        user_id: 'String',
        international_flight_cabins: 'String',
        premium_economy_discount: 'Number',
      },
    ],
    itinerary_set_list: [
      {
        itinerary_id: 'String',
        traffic_type: 'Number',
        city_set: 'String',
        city_code_set: 'String',
        dep_date: 'String',
        arr_date: 'String',
        cost_center_id: 'Number',
        thirdpart_cost_center_id: 'String',
        invoice_id: 'Number',
        third_part_invoice_id: 'String',
        project_code: 'String',
        project_title: 'String',
      },
    ],
    itinerary_rule: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      apply_id: 'Number',
      thirdpart_apply_id: 'String',
    },
    result_code: 'Number',
    result_msg: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.apply.modify`: method, response root, request and response schemas. */
export const alitripBtripCorpopApplyModifyOperation = {
  method: 'alitrip.btrip.corpop.apply.modify',
  responseRoot: 'alitrip_btrip_corpop_apply_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】修改出差审批单（行程） — calls TOP method `alitrip.btrip.corpop.apply.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopApplyModify(
  client: TopClient,
  request: AlitripBtripCorpopApplyModifyRequest,
  options?: CallOptions,
): Promise<AlitripBtripCorpopApplyModifyResponse> {
  return client.call<AlitripBtripCorpopApplyModifyResponse>(
    {
      method: 'alitrip.btrip.corpop.apply.modify',
      responseRoot: 'alitrip_btrip_corpop_apply_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
