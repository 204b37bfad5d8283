// Generated from specs/flight/alitrip.policy.normal.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.policy.normal.upload` (普通政策上传). */
export interface AlitripPolicyNormalUploadRequest {
  /** 普通政策上传参数 */
  param_policy_create_request_d_t_o: AlitripPolicyNormalUploadPolicyCreateRequestDtoInput;
}

/** Response of `alitrip.policy.normal.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPolicyNormalUploadResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripPolicyNormalUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PolicyCreateRequestDto` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadPolicyCreateRequestDtoInput {
  /** 店铺id */
  agent_id: Int64Input;
  /** 全量上传时，删除政策查询参数 */
  delete_policy?: AlitripPolicyNormalUploadPolicyQueryParamDTOInput[];
  /** 操作类型（增量/全量），ADD上传不会删除历史政策，FULL上传会删除所有历史政策，请谨慎使用 */
  exec_type: string;
  /** 需要导入的政策列表 */
  policy_list?: AlitripPolicyNormalUploadPolicyDtoInput[];
  /** 政策类型：P，普通政策；1，特殊政策；T，规则政策；G，派单政策 */
  policy_type: string;
  /** 行程类型：0，单程；1，往返 */
  trip_type: Int64Input;
  /** 商家上传时间 */
  agent_send_time?: DateInput;
}

/** `PolicyQueryParamDTO` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadPolicyQueryParamDTOInput {
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
  /** 根据政策编码模糊查询，模糊查询执行like，暂不支持前缀索引 */
  fuzzy_query?: boolean;
  /** 政策编码 */
  policy_code: string;
  /** 政策来源：0，手工政策；1，excel政策；2，api政策 */
  policy_source?: Int64Input;
  /** 销售起始日期，不需要传时分秒 */
  sale_start_date?: DateInput;
  /** 销售截止日期，不需要传时分秒 */
  sales_end_date?: DateInput;
  /** 政策状态：1，有效；2，挂起；0，删除 3，停用 */
  status?: Int64Input;
  /** 行程截止日期，不需要传时分秒 */
  travel_end_date?: DateInput;
  /** 行程起始日期，不需要传时分秒 */
  travel_start_date?: DateInput;
}

/** `PolicyDto` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadPolicyDtoInput {
  /** 航司二字码 */
  airline: string;
  /** 到达机场三字码，不填代表不限，不要填ALL */
  arr_airport?: string;
  /** 是否订位：1，平台订位；0，平台不订位；2，紧张订位 */
  create_pnr?: Int64Input;
  /** 出发机场三字码，不填代表不限，不要填ALL */
  dep_airport?: string;
  /** 行程信息 */
  flights?: AlitripPolicyNormalUploadFlightDTOInput[];
  /** 商家配置号 */
  office_no?: string;
  /** 政策编码 */
  policy_code?: string;
  /** 政策来源：0，手工政策；1，excel政策；2，api政策 */
  policy_source?: Int64Input;
  /** 价格信息栏 */
  price?: AlitripPolicyNormalUploadPriceDTOInput;
  /** 销售信息 */
  sale?: AlitripPolicyNormalUploadSaleDTOInput;
  /** 政策状态：1，有效；2，挂起；0，删除 3，停用 */
  status: Int64Input;
  /** 0-白名单，航班舱位命中填写的去程/回程舱位，则可以使用本条政策；1-黑名单，航班舱位命中填写的去程/回程舱位，则不可以使用本条政策；默认为0-白名单。 */
  is_white?: Int64Input;
  /** 政策备注 */
  memo?: string;
  /** 排除航线：格式为：KKK-*，*-KKK，KKK-XXX三种格式；三字码，大写；*表示全部；最多允许4000字符；多个请用英文,隔开 */
  not_appl_od?: string[];
  /** 是否验价：0，不验价；1，验价 */
  pata?: Int64Input;
  /** 共享航班：0，不支持代码共享；1，支持代码共享；2，仅支持代码共享 */
  code_share?: Int64Input;
  /** 字符；最多200；可输入多个航司二字码,英文逗号分隔；航司二字码 */
  code_share_airline?: string;
  /** 直达中转：0，直达；1，中转；默认为0 */
  direct_transfer_type?: Int64Input;
  /** 是否支持共享出主飞;是:true，否:false */
  out_main_flight?: boolean;
}

/** `FlightDTO` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadFlightDTOInput {
  /** 允许航班号，支持录入多个航班与航班范围，范围之间用“-”链接，多个用英文”,”分隔。最多支持8000字符 */
  allow_flight_num?: string;
  /** 允许航班日期 */
  allow_travel_date: AlitripPolicyNormalUploadDatePairDtoInput[];
  /** 允许航班起飞时间 */
  allow_travel_time?: string;
  /** 舱位，多个用英文”,”分隔 */
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
  restrict_travel_date?: AlitripPolicyNormalUploadDatePairDtoInput[];
  /** 第二段可售航班号 */
  allow_flight_num2?: string;
  /** 第二段不可售航班号 */
  restrict_flight_num2?: string;
}

/** `DatePairDto` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadDatePairDtoInput {
  /** 允许航班截止日期，无需传入时分秒 */
  end?: DateInput;
  /** 允许航班起始日期，无需传入时分秒 */
  start?: DateInput;
}

/** `PriceDTO` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadPriceDTOInput {
  /** 返点，单位分，如传100表示返点为1%。支持正负数 */
  commission: Int64Input;
  /** 返点，单位分，如传100表示返点为1%。支持正负数 */
  return_price: Int64Input;
  /** 最小票面价，单位：元 */
  min_price_limit?: Int64Input;
  /** 最大票面价，单位：元 */
  max_price_limit?: Int64Input;
  /** 固定金额竞价空间，单位分，非必填，非负。录入的数值即为竞价阈值。当固定金额和百分比竞价空间同时有值时，取两者之和做为实际的竞价阈值 */
  bidd_fee?: Int64Input;
  /** 百分比竞价空间，单位分，如传100表示为1%，非必填，支持录入0~100%，根据票面价*百分比竞价空间计算竞价阈值，向下进位到小数点后两位。当固定金额和百分比竞价空间同时有值时，取两者之和做为实际的竞价阈值。 */
  bidd_fee_percent?: Int64Input;
}

/** `SaleDTO` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadSaleDTOInput {
  /** 提前预定天数 */
  advance_day?: string;
  /** 销售日期 */
  sale_date: AlitripPolicyNormalUploadDatePairDTOInput[];
  /** 销售时间 */
  sale_time?: string;
  /** 往返航班之间的停留时长，非必填，为空表示不限制；支持格式：A-B或者A，B>A且均为整数；A-B包含边界值 */
  stay_day?: string;
  /** 销售方式：0，无；1，打包销售套餐1；2，打包销售套餐2；3，打包销售套餐3；4，返现-航司运价；5，返现-销售方包装；6，花呗卖家版； */
  sale_mode_code?: Int64Input;
  /** 0-B2C, 1-B2B, 2-B2G, 3-宝贝。单选，为空表示不限制 */
  goods_market?: string[];
  /** 往返停留时长单位：非必填，0-单位:天，3-单位:小时；默认为0 */
  stay_time_unit?: Int64Input;
}

/** `DatePairDTO` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadDatePairDTOInput {
  /** 销售截止日期 */
  end?: DateInput;
  /** 销售起始日期 */
  start?: DateInput;
}

/** `Result` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadResult {
  /** 创建&删除结果参数 */
  data?: AlitripPolicyNormalUploadPolicyCreateResponseDto;
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
  /** 执行结果 */
  success?: boolean;
}

/** `PolicyCreateResponseDto` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadPolicyCreateResponseDto {
  /** 创建结果 */
  create_result?: AlitripPolicyNormalUploadResultDto;
  /** 删除结果 */
  delete_result?: AlitripPolicyNormalUploadResultDto;
}

/** `ResultDto` of `alitrip.policy.normal.upload`. */
export interface AlitripPolicyNormalUploadResultDto {
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
        policy_code: 'String',
        policy_source: 'Number',
        price: {
          commission: 'Number',
          return_price: 'Number',
          min_price_limit: 'Number',
          max_price_limit: 'Number',
          bidd_fee: 'Number',
          bidd_fee_percent: 'Number',
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
        is_white: 'Number',
        memo: 'String',
        not_appl_od: ['String'],
        pata: 'Number',
        code_share: 'Number',
        code_share_airline: 'String',
        direct_transfer_type: 'Number',
        out_main_flight: 'Boolean',
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

/** Static description of `alitrip.policy.normal.upload`: method, response root, request and response schemas. */
export const alitripPolicyNormalUploadOperation = {
  method: 'alitrip.policy.normal.upload',
  responseRoot: 'alitrip_policy_normal_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 普通政策上传 — calls TOP method `alitrip.policy.normal.upload`.
 *
 * 上传普通类型的单程/往返政策
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPolicyNormalUpload(
  client: TopClient,
  request: AlitripPolicyNormalUploadRequest,
  options?: CallOptions,
): Promise<AlitripPolicyNormalUploadResponse> {
  return client.call<AlitripPolicyNormalUploadResponse>(
    {
      method: 'alitrip.policy.normal.upload',
      responseRoot: 'alitrip_policy_normal_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
