// Generated from specs/flight/alitrip.policy.special.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.policy.special.upload` (特殊政策上传). */
export interface AlitripPolicySpecialUploadRequest {
  /** 普通政策上传参数 */
  param_policy_create_request_d_t_o: AlitripPolicySpecialUploadPolicyCreateRequestDtoInput;
}

/** Response of `alitrip.policy.special.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPolicySpecialUploadResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripPolicySpecialUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PolicyCreateRequestDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadPolicyCreateRequestDtoInput {
  /** 店铺id */
  agent_id: Int64Input;
  /** 删除政策查询参数，需要删除时execType必须为ADD */
  delete_policy?: AlitripPolicySpecialUploadPolicyQueryParamDTOInput[];
  /** 操作类型：ADD，增量；FULL，全量 */
  exec_type: string;
  /** 需要导入的政策列表 */
  policy_list?: AlitripPolicySpecialUploadPolicyDtoInput[];
  /** 政策类型：P，普通政策；T，特殊政策；G，规则政策； */
  policy_type: string;
  /** 行程类型标记：0，单程；1，往返 */
  trip_type: Int64Input;
  /** 商家传入时间 */
  agent_send_time?: DateInput;
}

/** `PolicyQueryParamDTO` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadPolicyQueryParamDTOInput {
  /** 大客户编码 */
  account_code?: string;
  /** 航司二字码 */
  airline?: string;
  /** 到达机场三字码 */
  arr_airport?: string;
  /** 去程舱位 */
  cabin_list1?: string;
  /** 回程舱位 */
  cabin_list2?: string;
  /** 出发机场三字码 */
  dep_airport?: string;
  /** 根据政策编码模糊查询,暂时不支持 */
  fuzzy_query?: boolean;
  /** 政策编码 */
  policy_code: string;
  /** 政策来源：0，手工政策；1，excel政策；2，api政策 */
  policy_source?: Int64Input;
  /** 销售起始日期 */
  sale_start_date?: DateInput;
  /** 销售截止日期 */
  sales_end_date?: DateInput;
  /** 政策状态：1，有效；2，挂起；0，删除 3，停用 */
  status?: Int64Input;
  /** 行程截止日期 */
  travel_end_date?: DateInput;
  /** 行程起始日期 */
  travel_start_date?: DateInput;
  /** 中转运价标识 */
  is_ow_eoe?: boolean;
}

/** `PolicyDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadPolicyDtoInput {
  /** 航司二字码 */
  airline: string;
  /** 到达机场三字码 */
  arr_airport?: string;
  /** 是否订位：1，平台订位；0，平台不订位；2，紧张订位；3，紧张停售 */
  create_pnr?: Int64Input;
  /** 出发机场三字码 */
  dep_airport?: string;
  /** 行程信息 */
  flights?: AlitripPolicySpecialUploadFlightDTOInput[];
  /** 商家配置号 */
  office_no?: string;
  /** pata：0，不验价；1，验价 */
  pata?: Int64Input;
  /** 政策编码 */
  policy_code?: string;
  /** 政策来源：0，手工政策；1，excel政策；2，api政策 */
  policy_source?: Int64Input;
  /** 竞价信息 */
  price?: AlitripPolicySpecialUploadPriceDtoInput;
  /** 销售信息 */
  sale?: AlitripPolicySpecialUploadSaleDtoInput;
  /** 政策状态：1，有效；2，挂起；0，删除 3，停用 */
  status: Int64Input;
  /** 大客户编码 */
  account_code?: string;
  /** 是否共享航班：0，不支持代码共享；1，支持代码共享；2，仅支持代码共享 */
  code_share?: Int64Input;
  /** 共享航班号码 */
  code_share_airline?: string;
  /** 乘客限制 */
  passenger?: AlitripPolicySpecialUploadPassengerDtoInput;
  /** 指定票面价，单位为元 */
  fare_price?: Int64Input;
  /** 用于匹配平台退改，如果填写，则只能填写精确的farebasis，不得带通配符；匹配不到，走平台默认退改 */
  fare_basis?: string;
  /** 政策备注 */
  memo?: string;
  /** 外放舱位数量小于等于阈值时订位或停售 */
  create_pnr_limit?: Int64Input;
  /** 中转点 */
  transit_airport?: string;
  /** 0，直达；1，中转；默认为0 */
  direct_transfer_type?: Int64Input;
  /** 0-往返两程总价， 1-去回程分别定价， 默认为0 */
  price_type?: Int64Input;
  /** 是否中转运价.true:是，false:否 */
  is_ow_eoe?: boolean;
  /** 前段可衔接航司 */
  before_combine_airline?: string;
  /** 后段可衔接航司 */
  next_combine_airline?: string;
  /** 后段可衔接城市(","拼接) */
  next_combine_city?: string;
}

/** `FlightDTO` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadFlightDTOInput {
  /** 允许航班号 */
  allow_flight_num?: string;
  /** 允许航班日期 */
  allow_travel_date: AlitripPolicySpecialUploadDatePairDtoInput[];
  /** 允许航班起飞时间 */
  allow_travel_time?: string;
  /** 舱位 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 班期 */
  day_week?: string[];
  /** 行程类型标记：0，单程；1，往返 */
  flight_index?: Int64Input;
  /** 禁止航班号 */
  restrict_flight_num?: string;
  /** 禁止航班日期 */
  restrict_travel_date?: AlitripPolicySpecialUploadDatePairDtoInput[];
  /** 第二段可售航班号 */
  allow_flight_num2?: string;
  /** 第二段不可售航班号 */
  restrict_flight_num2?: string;
}

/** `DatePairDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadDatePairDtoInput {
  /** 允许航班截止日期 */
  end?: DateInput;
  /** 允许航班起始日期 */
  start?: DateInput;
}

/** `PriceDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadPriceDtoInput {
  /** 代理费率 */
  commission: Int64Input;
  /** 留钱，单位为分 */
  return_price: Int64Input;
  /** 最低票面价，单位为分 */
  lowest_price?: Int64Input;
  /** 儿童价计算方法：选1/2/3/4/5/6中一个，不填默认1： 1：儿童成人同价或Y50取低且使用儿童税费 2：儿童成人同价同税 3：儿童自定义价格或Y50取低且使用儿童税费 4：儿童不可销售 5：儿童成人同价同税或Y50且使用儿童税费取低 6：儿童成人同价使用儿童税费 */
  child_sale_type?: Int64Input;
  /** 儿童票面价，单位：分，当计算方式是3时生效，票面价必须为整数，且如果大于成人票面价，此政策无效 */
  child_fixed_price?: Int64Input;
  /** 行李有无：null-以平台行李额为准，0-以平台行李额为准，1-无免费托运行李额，2-有免费托运行李额； */
  baggage?: Int64Input;
  /** 固定金额竞价空间，单位分，非必填，非负。录入的数值即为竞价阈值。当固定金额和百分比竞价空间同时有值时，取两者之和做为实际的竞价阈值 */
  bidd_fee?: Int64Input;
  /** 百分比竞价空间，单位分，如传100表示为1%，非必填，支持录入0~100%，根据票面价*百分比竞价空间计算竞价阈值，向下进位到小数点后两位。当固定金额和百分比竞价空间同时有值时，取两者之和做为实际的竞价阈值。 */
  bidd_fee_percent?: Int64Input;
  /** 去程票面价 单位：分 */
  out_price?: Int64Input;
  /** 回程票面价 单位：分 */
  back_price?: Int64Input;
}

/** `SaleDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadSaleDtoInput {
  /** 提前预定天数 */
  advance_day?: string;
  /** 销售日期 */
  sale_date: AlitripPolicySpecialUploadDatePairDtoInput[];
  /** 销售时间 */
  sale_time?: string;
  /** 往返停留时长：往返航班之间的停留时长，非必填，为空表示不限制；支持格式：A-B或者A，B>A且均为整数；A-B包含边界值 */
  stay_day?: string;
  /** 销售方式：0，无；1，打包销售套餐1；2，打包销售套餐2；3，打包销售套餐3；4，返现-航司运价；5，返现-销售方包装；6，花呗卖家版； */
  sale_mode_code?: Int64Input;
  /** 0-B2C, 1-B2B, 2-B2G, 3-宝贝。单选，为空表示不限制 */
  goods_market?: string[];
  /** 往返停留时长单位：非必填，0-单位:天，3-单位:小时；默认为0 */
  stay_time_unit?: Int64Input;
}

/** `PassengerDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadPassengerDtoInput {
  /** 证件类型:产品类型为4时，不能为空，仅支持1-身份证。产品类型为其他值时，允许为空。 */
  documents_type?: string[];
  /** 证件限制:产品类型为4时，不能为空，可输入身份证号前2位/4位数字，最多可输入10组，多个用英文”,”分隔。产品类型为0或证件类型为空时，必须为空。产品类型为其他值且证件类型非空时允许为空。 */
  documents_limit?: string;
  /** 产品类型:0，普通；1，学生；2，青年；3，老年；4，地区；5，小团；6，学生认证票；8，会员 */
  product_code: Int64Input;
  /** 年龄限制:产品类型为2或3时，不能为空，格式：20-60，表示20-60岁；20表示只限制20岁；55-，表示55岁以上。产品类型为1时允许填写的年龄范围[9,30]，产品类型为2时允许填写的年龄范围[9,41]，产品类型为3时允许填写的年龄范围[50,100]。产品类型为0时，必须为空。产品类型为其他值时，允许为空，年龄范围[9,100]。 */
  age_limit?: string;
  /** 人数限制:产品类型为5时，不能为空，允许填写人数范围[1,9]，格式：2，表示只适用于两人同行；2-3，表示只适用于2~3人同行。产品类型为0或6时，必须为空。产品类型为其他值时，允许为空。 */
  pax_num?: string;
}

/** `Result` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadResult {
  /** 创建&删除结果参数 */
  data?: AlitripPolicySpecialUploadPolicyCreateResponseDto;
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
  /** 执行结果 */
  success?: boolean;
}

/** `PolicyCreateResponseDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadPolicyCreateResponseDto {
  /** 创建结果 */
  create_result?: AlitripPolicySpecialUploadResultDto;
  /** 删除结果 */
  delete_result?: AlitripPolicySpecialUploadResultDto;
}

/** `ResultDto` of `alitrip.policy.special.upload`. */
export interface AlitripPolicySpecialUploadResultDto {
  /** 任务id */
  data?: Int64;
  /** 任务失败错误码 */
  error_code?: string;
  /** 任务失败错误原因 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_policy_create_request_d_t_o: {
    agent_id: 'Number',
    delete_policy: [
      {
        account_code: 'String',
        airline: 'String',
        arr_airport: 'String',
        cabin_list1: 'String',
        cabin_list2: 'String',
        dep_airport: 'String',
        fuzzy_query: 'Boolean',
        policy_code: 'String',
        policy_source: 'Number',
        sale_start_date: 'Date',
        sales_end_date: 'Date',
        status: 'Number',
        travel_end_date: 'Date',
        travel_start_date: 'Date',
        is_ow_eoe: 'Boolean',
      },
    ],
    exec_type: 'String',
    policy_list: [
      {
        airline: 'String',
        arr_airport: 'String',
        create_pnr: 'Number',
        dep_airport: 'String',
        flights: [
          {
            allow_flight_num: 'String',
            allow_travel_date: [
              {
                end: 'Date',
                start: 'Date',
              },
            ],
            allow_travel_time: 'String',
            cabin: 'String',
            cabin_class: 'String',
            day_week: ['String'],
            flight_index: 'Number',
            restrict_flight_num: 'String',
            restrict_travel_date: [
              {
                end: 'Date',
                start: 'Date',
              },
            ],
            allow_flight_num2: 'String',
            restrict_flight_num2: 'String',
          },
        ],
        office_no: 'String',
        pata: 'Number',
        policy_code: 'String',
        policy_source: 'Number',
        price: {
          commission: 'Number',
          return_price: 'Number',
          lowest_price: 'Number',
          child_sale_type: 'Number',
          child_fixed_price: 'Number',
          baggage: 'Number',
          bidd_fee: 'Number',
          bidd_fee_percent: 'Number',
          out_price: 'Number',
          back_price: 'Number',
        },
        sale: {
          advance_day: 'String',
          sale_date: [
            {
              end: 'Date',
              start: 'Date',
            },
          ],
          sale_time: 'String',
          stay_day: 'String',
          sale_mode_code: 'Number',
          goods_market: ['String'],
          stay_time_unit: 'Number',
        },
        status: 'Number',
        account_code: 'String',
        code_share: 'Number',
        code_share_airline: 'String',
        passenger: {
          documents_type: ['String'],
          documents_limit: 'String',
          product_code: 'Number',
          age_limit: 'String',
          pax_num: 'String',
        },
        fare_price: 'Number',
        fare_basis: 'String',
        memo: 'String',
        create_pnr_limit: 'Number',
        transit_airport: 'String',
        direct_transfer_type: 'Number',
        price_type: 'Number',
        is_ow_eoe: 'Boolean',
        before_combine_airline: 'String',
        next_combine_airline: 'String',
        next_combine_city: 'String',
      },
    ],
    policy_type: 'String',
    trip_type: 'Number',
    agent_send_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      create_result: {
        data: 'Number',
        error_code: 'String',
        error_msg: 'String',
        success: 'Boolean',
      },
      delete_result: {
        data: 'Number',
        error_code: 'String',
        error_msg: 'String',
        success: 'Boolean',
      },
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.policy.special.upload`: method, response root, request and response schemas. */
export const alitripPolicySpecialUploadOperation = {
  method: 'alitrip.policy.special.upload',
  responseRoot: 'alitrip_policy_special_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 特殊政策上传 — calls TOP method `alitrip.policy.special.upload`.
 *
 * 上传特殊类型的单程/往返政策
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPolicySpecialUpload(
  client: TopClient,
  request: AlitripPolicySpecialUploadRequest,
  options?: CallOptions,
): Promise<AlitripPolicySpecialUploadResponse> {
  return client.call<AlitripPolicySpecialUploadResponse>(
    {
      method: 'alitrip.policy.special.upload',
      responseRoot: 'alitrip_policy_special_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
