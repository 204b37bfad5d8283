// Generated from specs/btrip/alitrip.btrip.corpop.apply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.apply.get` (【商旅】查询审批单). */
export interface AlitripBtripCorpopApplyGetRequest {
  /** 请求对象 */
  rq: AlitripBtripCorpopApplyGetOpenIsvSearchRqInput;
}

/** Response of `alitrip.btrip.corpop.apply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopApplyGetResponse {
  /** 出参对象 */
  result?: AlitripBtripCorpopApplyGetHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvSearchRq` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetOpenIsvSearchRqInput {
  /** 阿里商旅审批单id */
  apply_id?: Int64Input;
  /** 阿里商旅审批单展示id */
  apply_show_id?: string;
  /** 第三方企业ID */
  corp_id: string;
  /** 外部审批单id */
  thirdpart_apply_id?: string;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
  /** 申请单提交类型 1代提交 2本人提交 注意：当申请单为代提交时，申请单提交人自己无法为自己下单 */
  type?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetHisvResult {
  /** 审批单对象 */
  module?: AlitripBtripCorpopApplyGetOpenIsvApplyRs;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  success?: boolean;
}

/** `OpenIsvApplyRs` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetOpenIsvApplyRs {
  /** 商旅审批展示id */
  apply_show_id?: string;
  /** 审批人列表 */
  approver_list?: AlitripBtripCorpopApplyGetOpenApproverInfo[];
  /** 商旅企业id */
  corp_id?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 申请人部门id */
  depart_id?: string;
  /** 部门名称 */
  depart_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 商旅审批单id */
  id?: Int64;
  /** 行程列表 */
  itinerary_list?: AlitripBtripCorpopApplyGetOpenItineraryInfo[];
  /** 审批状态：0审批中 1已同意 2已拒绝 3已转交，4已取消 5已终止 6发起审批 7评论 */
  status?: Int64;
  /** 审批状态描述 */
  status_desc?: string;
  /** 第三方业务id */
  thirdpart_business_id?: string;
  /** 第三方审批单id,如果非第三方审批单则为空 */
  thirdpart_id?: string;
  /** 出行人列表 */
  traveler_list?: AlitripBtripCorpopApplyGetOpenUserInfo[];
  /** 出差事由 */
  trip_cause?: string;
  /** 出差天数 */
  trip_day?: Int64;
  /** 审批单标题 */
  trip_title?: string;
  /** 申请人id（第三方用户Id） */
  user_id?: string;
  /** 用户名称 */
  user_name?: string;
  /** 申请单提交类型 1代提交 2本人提交 注意：当申请单为代提交时，申请单提交人自己无法为自己下单 */
  type?: Int64;
  /** 第三方关联单号 */
  union_no?: string;
  /** 外部出行人列表 */
  external_traveler_list?: AlitripBtripCorpopApplyGetOpenUserInfo2[];
  /** 审批单酒店预算，单位分 */
  hotel_budget?: Int64;
  /** 审批单机票预算，单位分 */
  flight_budget?: Int64;
  /** 审批单火车票预算，单位分 */
  train_budget?: Int64;
  /** 审批单用车预算，单位分 */
  vehicle_budget?: Int64;
  /** 审批单总预算，单位分 */
  budget?: Int64;
  /** 多个申请单预算合并。1：否，【union_no】相同的【申请单(apply id)】，每个的【预算】仅对本申请单生效。2：是，所有【union_no】相同的【申请单(apply id)】，其中全部【预算】合并求和，可以混用。 */
  budget_merge?: Int64;
  /** 0：不限制出行人，1：限申请单内的出行人。注意：不限出行人，实际出行人也不限制差标 */
  limit_traveler?: Int64;
  /** 同时预订(机票&火车票)规则。1：就高；2：就低。 */
  together_book_rule?: Int64;
  /** 酒店合住规则 */
  hotel_share?: AlitripBtripCorpopApplyGetHotelShareInfo;
  /** 城市集行程列表 */
  itinerary_set_list?: AlitripBtripCorpopApplyGetOpenItineraryInfo2[];
  /** 申请单城市规则： 0出发&目的地一对一，按列表传行程 1多选N个地点，城市集行程 不传默认为0 会根据商旅管理后台-通用差旅设置-行程城市规则中的设置，校验申请单本字段的值是否正确 当行程城市规则中设置的是“1对1行程”时，必须传0 当行程城市规则中设置的是“多对多城市集行程”时，必须传1 会根据此字段传入的值，校验行程传参是否正确 当申请单城市规则为0，itinerary_list行程列表必填 当申请单城市规则为1，城市集行程必填 */
  itinerary_rule?: Int64;
}

/** `OpenApproverInfo` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetOpenApproverInfo {
  /** 审批意见 */
  note?: string;
  /** 操作时间 */
  operate_time?: string;
  /** 审批人顺序 */
  order?: Int64;
  /** 审批状态：0审批中 1已同意 2已拒绝 3已转交，4已取消 5已终止 6发起审批 7评论 */
  status?: Int64;
  /** 审批状态描述 */
  status_desc?: string;
  /** 审批人id */
  user_id?: string;
  /** 审批人名称 */
  user_name?: string;
}

/** `OpenItineraryInfo` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetOpenItineraryInfo {
  /** 到达城市 */
  arr_city?: string;
  /** 到达城市编码，0代表不管控到达城市 */
  arr_city_code?: string;
  /** 到达时间 */
  arr_date?: string;
  /** 成本中心 */
  cost_center_name?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 出发城市编码，0代表不管控出发城市 */
  dep_city_code?: string;
  /** 出发时间 */
  dep_date?: string;
  /** 发票抬头 */
  invoice_name?: string;
  /** 行程id */
  itinerary_id?: string;
  /** 项目编号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 交通方式： 0 飞机、酒店、用车, 1 火车、酒店、用车, 2 用车、酒店, 3 用车、酒店，4 用车、酒店，6 飞机、用车，7 火车、用车，9 飞机、火车、酒店、用车，10 飞机、火车、用车，11 仅用车，21 飞机、酒店，22 火车、酒店，24 酒店，25 飞机，26 火车，27 飞机、火车、酒店，28 飞机、火车 */
  traffic_type?: Int64;
  /** 行程方式：0单程 1往返 */
  trip_way?: Int64;
}

/** `OpenUserInfo` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetOpenUserInfo {
  /** 出行人id */
  user_id?: string;
  /** 出行人名称 */
  user_name?: string;
  /** 国内机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  flight_cabins?: string;
  /** 经济舱折扣。1到10的整数 */
  economy_discount?: Int64;
  /** 商务舱折扣。1到10的整数 */
  business_discount?: Int64;
  /** 头等舱折扣。1到10的整数 */
  first_discount?: Int64;
  /** 火车票坐席，多值逗号分隔。0：硬座，1：硬卧，2：软座，3：软卧，4：高级软卧，5：商务座，6：一等座，7：二等座，8：动卧 */
  train_seats?: string;
  /** 酒店城市费用列表 */
  hotel_citys?: AlitripBtripCorpopApplyGetHotelCityFee[];
  /** 限制差标类型。0-不限差标，1-限制差标 */
  reserve_type?: Int64;
  /** 国际机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  international_flight_cabins?: string;
  /** 超级经济舱折扣。1到10的整数 */
  premium_economy_discount?: Int64;
}

/** `HotelCityFee` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetHotelCityFee {
  /** 城市编码，0代表其他全部城市 */
  city_code?: string;
  /** 城市名称 */
  city_name?: string;
  /** 酒店间夜金额，单位(分)，不限：99999999。注意：差标只能管控到元，角、分会被抹掉。 */
  fee?: Int64;
}

/** `OpenUserInfo` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetOpenUserInfo2 {
  /** 国内机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  flight_cabins?: string;
  /** 经济舱折扣。1到10的整数 */
  economy_discount?: Int64;
  /** 商务舱折扣。1到10的整数 */
  business_discount?: Int64;
  /** 头等舱折扣。1到10的整数 */
  first_discount?: Int64;
  /** 火车票坐席，多值逗号分隔。0：硬座，1：硬卧，2：软座，3：软卧，4：高级软卧，5：商务座，6：一等座，7：二等座，8：动卧 */
  train_seats?: string;
  /** 酒店城市费用列表 */
  hotel_citys?: AlitripBtripCorpopApplyGetHotelCityFee[];
  /** 限制差标类型。0-不限差标，1-限制差标 */
  reserve_type?: Int64;
  /** 用户名称 */
  user_name?: string;
  /** 国际机票舱等，多值逗号分隔。F：头等舱，C：商务舱，Y：经济舱，P：超级经济舱 */
  international_flight_cabins?: string;
  /** 超级经济舱折扣。1到10的整数 */
  premium_economy_discount?: Int64;
}

/** `HotelShareInfo` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetHotelShareInfo {
  /** 合住公式。1-"(A+B)*param%",2-"A*param%",3-"A+B*param%",4-"A+param元",5-"(A+B)/2+param元" */
  type?: string;
  /** 合住公式参数 */
  param?: string;
}

/** `OpenItineraryInfo` of `alitrip.btrip.corpop.apply.get`. */
export interface AlitripBtripCorpopApplyGetOpenItineraryInfo2 {
  /** 行程id */
  itinerary_id?: string;
  /** 交通方式： 0 飞机、酒店、用车, 1 火车、酒店、用车, 2 用车、酒店, 3 用车、酒店，4 用车、酒店，6 飞机、用车，7 火车、用车，9 飞机、火车、酒店、用车，10 飞机、火车、用车，11 仅用车，21 飞机、酒店，22 火车、酒店，24 酒店，25 飞机，26 火车，27 飞机、火车、酒店，28 飞机、火车 */
  traffic_type?: Int64;
  /** 离抵城市名称，多个城市用中文“，”隔开 */
  city_set?: string;
  /** 离抵城市code，多个城市用中文“，”隔开 */
  city_code_set?: string;
  /** 出发日期 */
  dep_date?: string;
  /** 到达日期 */
  arr_date?: string;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 发票抬头 */
  invoice_name?: string;
  /** 项目编号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    apply_id: 'Number',
    apply_show_id: 'String',
    corp_id: 'String',
    thirdpart_apply_id: 'String',
    version: 'Number',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      apply_show_id: 'String',
      approver_list: [
        {
          note: 'String',
          operate_time: 'Date',
          order: 'Number',
          status: 'Number',
          status_desc: 'String',
          user_id: 'String',
          user_name: 'String',
        },
      ],
      corp_id: 'String',
      corp_name: 'String',
      depart_id: 'String',
      depart_name: 'String',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      id: 'Number',
      itinerary_list: [
        {
          arr_city: 'String',
          arr_city_code: 'String',
          arr_date: 'Date',
          cost_center_name: 'String',
          dep_city: 'String',
          dep_city_code: 'String',
          dep_date: 'Date',
          invoice_name: 'String',
          itinerary_id: 'String',
          project_code: 'String',
          project_title: 'String',
          traffic_type: 'Number',
          trip_way: 'Number',
        },
      ],
      status: 'Number',
      status_desc: 'String',
      thirdpart_business_id: 'String',
      thirdpart_id: 'String',
      traveler_list: [
        {
          user_id: 'String',
          user_name: 'String',
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
      ],
      trip_cause: 'String',
      trip_day: 'Number',
      trip_title: 'String',
      user_id: 'String',
      user_name: 'String',
      type: 'Number',
      union_no: 'String',
      external_traveler_list: [
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
          user_name: 'String',
          international_flight_cabins: 'String',
          premium_economy_discount: 'Number',
        },
      ],
      hotel_budget: 'Number',
      flight_budget: 'Number',
      train_budget: 'Number',
      vehicle_budget: 'Number',
      budget: 'Number',
      budget_merge: 'Number',
      limit_traveler: 'Number',
      together_book_rule: 'Number',
      hotel_share: {
        type: 'String',
        param: 'String',
      },
      itinerary_set_list: [
        {
          itinerary_id: 'String',
          traffic_type: 'Number',
          city_set: 'String',
          city_code_set: 'String',
          dep_date: 'String',
          arr_date: 'String',
          cost_center_name: 'String',
          invoice_name: 'String',
          project_code: 'String',
          project_title: 'String',
        },
      ],
      itinerary_rule: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.apply.get`: method, response root, request and response schemas. */
export const alitripBtripCorpopApplyGetOperation = {
  method: 'alitrip.btrip.corpop.apply.get',
  responseRoot: 'alitrip_btrip_corpop_apply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】查询审批单 — calls TOP method `alitrip.btrip.corpop.apply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopApplyGet(
  client: TopClient,
  request: AlitripBtripCorpopApplyGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripCorpopApplyGetResponse> {
  return client.call<AlitripBtripCorpopApplyGetResponse>(
    {
      method: 'alitrip.btrip.corpop.apply.get',
      responseRoot: 'alitrip_btrip_corpop_apply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
