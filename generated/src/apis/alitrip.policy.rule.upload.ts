// Generated from specs/flight/alitrip.policy.rule.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.policy.rule.upload` (规则政策上传). */
export interface AlitripPolicyRuleUploadRequest {
  /** 普通政策上传参数 */
  param_policy_create_request_d_t_o: AlitripPolicyRuleUploadPolicyCreateRequestDtoInput;
}

/** Response of `alitrip.policy.rule.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPolicyRuleUploadResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripPolicyRuleUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PolicyCreateRequestDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadPolicyCreateRequestDtoInput {
  /** 店铺id */
  agent_id: Int64Input;
  /** 删除政策查询参数，execType必须为ADD */
  delete_policy?: AlitripPolicyRuleUploadPolicyQueryParamDTOInput[];
  /** 操作类型（增量/全量），ADD上传不会删除历史政策，FULL上传会删除所有历史政策，请谨慎使用 */
  exec_type: string;
  /** 需要导入的政策列表 */
  policy_list?: AlitripPolicyRuleUploadPolicyDtoInput[];
  /** 政策类型：P，普通政策；T，特殊政策；G，规则政策； */
  policy_type: string;
  /** 行程类型（单程/往返） */
  trip_type: Int64Input;
  /** 商家上传时间 */
  agent_send_time?: DateInput;
}

/** `PolicyQueryParamDTO` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadPolicyQueryParamDTOInput {
  /** 大客户编码，请输入包含PAT在内的完整格式。 */
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

/** `PolicyDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadPolicyDtoInput {
  /** 航司二字码 */
  airline?: string;
  /** 到达机场三字码，不填代表不限，不要填ALL */
  arr_airport?: string;
  /** 是否订位：1，平台订位；0，平台不订位；2，紧张订位；3，紧张停售 */
  create_pnr?: Int64Input;
  /** 出发机场三字码，不填代表不限，不要填ALL */
  dep_airport?: string;
  /** 行程信息 */
  flights?: AlitripPolicyRuleUploadFlightDTOInput[];
  /** 商家配置号 */
  office_no?: string;
  /** pata：0，不验价；1，验价 */
  pata?: Int64Input;
  /** 政策编码 */
  policy_code?: string;
  /** 政策来源：0，手工政策；1，excel政策；2，api政策 */
  policy_source?: Int64Input;
  /** 价格信息栏 */
  price?: AlitripPolicyRuleUploadPriceDtoInput;
  /** 销售信息 */
  sale?: AlitripPolicyRuleUploadSaleDtoInput;
  /** 政策状态：1，有效；2，挂起；0，删除 3，停用 */
  status: Int64Input;
  /** 大客户编码，请输入包含PAT在内的完整格式。 */
  account_code?: string;
  /** 是否共享航班：0，不支持代码共享；1，支持代码共享；2，仅支持代码共享 */
  code_share?: Int64Input;
  /** 共享航班号码 */
  code_share_airline?: string;
  /** 乘客限制 */
  passenger?: AlitripPolicyRuleUploadPassengerDtoInput;
  /** 用于匹配平台退改，如果填写，则只能填写精确的farebasis，不得带通配符；匹配不到，走平台默认退改 */
  fare_basis?: string;
  /** 运价类型：0，FD；1，NFD；2，特殊运价；5，IBE；11，B2T；12，旗舰店；13，官网；14，大卖家 */
  fare_source?: string[];
  /** 政策备注 */
  memo?: string;
  /** 排除航线：格式为：KKK-*，*-KKK，KKK-XXX三种格式；三字码，大写；*表示全部；最多允许4000字符；多个请用英文,隔开 */
  not_appl_od?: string[];
  /** 外放舱位数量小于等于阈值时订位或停售 */
  create_pnr_limit?: Int64Input;
}

/** `FlightDTO` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadFlightDTOInput {
  /** 允许航班号，支持录入多个航班与航班范围，范围之间用“-”链接，多个用英文”,”分隔。最多支持8000字符 */
  allow_flight_num?: string;
  /** 允许航班日期 */
  allow_travel_date: AlitripPolicyRuleUploadDatePairDtoInput[];
  /** 允许航班起飞时间 */
  allow_travel_time?: string;
  /** 舱位，多个用英文”,”分隔 */
  cabin?: string;
  /** 舱等 */
  cabin_class?: string;
  /** 班期 */
  day_week?: string[];
  /** 行程类型标记（单程/往返） */
  flight_index?: Int64Input;
  /** 禁止航班号 */
  restrict_flight_num?: string;
  /** 禁止航班日期 */
  restrict_travel_date?: AlitripPolicyRuleUploadDatePairDtoInput[];
}

/** `DatePairDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadDatePairDtoInput {
  /** 允许航班截止日期，无需传入时分秒 */
  end?: DateInput;
  /** 允许航班起始日期，，无需传入时分秒 */
  start?: DateInput;
}

/** `PriceDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadPriceDtoInput {
  /** 返点，单位分，如传100表示返点为1%。支持正负数 */
  commission: Int64Input;
  /** 返点，单位分，如传100表示返点为1%。支持正负数 */
  return_price: Int64Input;
  /** 最低票面价，单位为分 */
  lowest_price?: Int64Input;
  /** 进位规则：1，进到十位；2，四舍五入到十位；3，四舍五入到个位；4，三舍四入到十位 */
  carry_rule: Int64Input;
  /** 票面价计算方式：1，票面价减比例；2，标准价减比例；3，票面价减Y舱比例；4，直减金额；5，票面价原价；6，最低外放舱位减比例；7，最低外放舱位减Y舱比例；8，指定舱位减比例；9，指定舱位减Y舱比例，10，标准价折扣减比例；11，按航司旗舰店最低价；12，按指定舱位旗舰店价格；13，按指定舱位官网代购价格；14，按官网代购最低价；15，按旗舰店接口和官网代购最低价；16，指定FareBasis减比例 */
  cal_fare_method: Int64Input;
  /** 票面价计算属性 */
  flight_price_values?: AlitripPolicyRuleUploadFlightPriceDtoInput[];
  /** 最小票面价，单位：元 */
  min_price_limit?: Int64Input;
  /** 最大票面价，单位：元 */
  max_price_limit?: Int64Input;
  /** 儿童价计算方法：选1/2/3/4/5/6/7中一个，不填默认1： 1：儿童成人同价或Y50取低且使用儿童税费 2：儿童成人同价同税 3：儿童自定义价格或Y50取低且使用儿童税费 4：儿童不可销售（仅学生，青年，老年票，小团，学生认证票允许选择） 5：儿童成人同价同税或Y50且使用儿童税费取低 6：儿童成人同价且使用儿童税费 7：使用基准运价FD/NFD/IBE+对应的儿童价格 */
  child_sale_type?: Int64Input;
  /** 儿童票面价，单位：分，当计算方式是3时生效，票面价必须为整数，且如果大于成人票面价，此政策无效 */
  child_fixed_price?: Int64Input;
  /** 行李有无：null-以平台行李额为准，0-以平台行李额为准，1-无免费托运行李额，2-有免费托运行李额； */
  baggage?: Int64Input;
  /** 固定金额竞价空间，单位分，非必填，非负。录入的数值即为竞价阈值。当固定金额和百分比竞价空间同时有值时，取两者之和做为实际的竞价阈值 */
  bidd_fee?: Int64Input;
  /** 百分比竞价空间，单位分，如传100表示为1%，非必填，支持录入0~100%，根据票面价*百分比竞价空间计算竞价阈值，向下进位到小数点后两位。当固定金额和百分比竞价空间同时有值时，取两者之和做为实际的竞价阈值。 */
  bidd_fee_percent?: Int64Input;
}

/** `FlightPriceDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadFlightPriceDtoInput {
  /** 直减金额，单位分 */
  down_fare?: Int64Input;
  /** 直减比例 */
  down_percent?: Int64Input;
  /** 验舱：0，不验舱；1，验舱 */
  validate_cabin?: Int64Input;
  /** 指定舱位 */
  fare_cabin?: string;
  /** 行程类型标记：0，单程；1，往返 */
  flight_index?: Int64Input;
  /** 指定的fareBasis */
  match_fare_basis?: string;
}

/** `SaleDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadSaleDtoInput {
  /** 提前预定天数 */
  advance_day?: string;
  /** 销售日期 */
  sale_date: AlitripPolicyRuleUploadDatePairDtoInput[];
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

/** `PassengerDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadPassengerDtoInput {
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

/** `Result` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadResult {
  /** 创建&删除结果参数 */
  data?: AlitripPolicyRuleUploadPolicyCreateResponseDto;
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
  /** 执行结果 */
  success?: boolean;
}

/** `PolicyCreateResponseDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadPolicyCreateResponseDto {
  /** 创建结果 */
  create_result?: AlitripPolicyRuleUploadResultDto;
  /** 删除结果 */
  delete_result?: AlitripPolicyRuleUploadResultDto;
}

/** `ResultDto` of `alitrip.policy.rule.upload`. */
export interface AlitripPolicyRuleUploadResultDto {
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
          carry_rule: 'Number',
          cal_fare_method: 'Number',
          flight_price_values: [
            {
              down_fare: 'Number',
              down_percent: 'Number',
              validate_cabin: 'Number',
              fare_cabin: 'String',
              flight_index: 'Number',
              match_fare_basis: 'String',
            },
          ],
          min_price_limit: 'Number',
          max_price_limit: 'Number',
          child_sale_type: 'Number',
          child_fixed_price: 'Number',
          baggage: 'Number',
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
        fare_basis: 'String',
        fare_source: ['String'],
        memo: 'String',
        not_appl_od: ['String'],
        create_pnr_limit: 'Number',
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

/** Static description of `alitrip.policy.rule.upload`: method, response root, request and response schemas. */
export const alitripPolicyRuleUploadOperation = {
  method: 'alitrip.policy.rule.upload',
  responseRoot: 'alitrip_policy_rule_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 规则政策上传 — calls TOP method `alitrip.policy.rule.upload`.
 *
 * 上传特殊类型的单程/往返政策
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPolicyRuleUpload(
  client: TopClient,
  request: AlitripPolicyRuleUploadRequest,
  options?: CallOptions,
): Promise<AlitripPolicyRuleUploadResponse> {
  return client.call<AlitripPolicyRuleUploadResponse>(
    {
      method: 'alitrip.policy.rule.upload',
      responseRoot: 'alitrip_policy_rule_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
