// Generated from specs/flight/taobao.alitrip.totoro.auxproduct.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.totoro.auxproduct.push` (廉航辅营产品投放). */
export interface TaobaoAlitripTotoroAuxproductPushRequest {
  /** 廉航辅营产品推送请求 */
  push_aux_products_rq: TaobaoAlitripTotoroAuxproductPushPushAuxProductsRqInput;
}

/** Response of `taobao.alitrip.totoro.auxproduct.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTotoroAuxproductPushResponse {
  /** 操作日志id，商家可通过该id在后台查看本次操作的具体结果 */
  tracer_id?: string;
  /** 备注 */
  message?: string;
  /** 是否操作成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PushAuxProductsRq` of `taobao.alitrip.totoro.auxproduct.push`. */
export interface TaobaoAlitripTotoroAuxproductPushPushAuxProductsRqInput {
  /** 渠道id */
  channel_id: Int64Input;
  /** 代理商ID */
  agent_id: Int64Input;
  /** 廉航辅营产品 */
  product_items: TaobaoAlitripTotoroAuxproductPushAuxProductItemApiBeanInput[];
  /** 接口身份标识用户名（渠道唯一标识） */
  cid: string;
}

/** `AuxProductItemApiBean` of `taobao.alitrip.totoro.auxproduct.push`. */
export interface TaobaoAlitripTotoroAuxproductPushAuxProductItemApiBeanInput {
  /** 行李说明，当productType=4为必传 */
  baggage?: TaobaoAlitripTotoroAuxproductPushBaggageApiBeanInput;
  /** 柜台价，用于划价显示。 仅允许100的倍数。 币种：人民币。单位：分。 */
  counter_price?: Int64Input;
  /** 销售类型 1:一次销售，2:二次销售，3:不限 一次销售是指辅营产品和机票同时购买； 二次销售是指买完机票后，再单独购买辅营 */
  sale_type: Int64Input;
  /** 辅营产品服务说明,仅当productType=1或productType=2为必传 */
  service?: TaobaoAlitripTotoroAuxproductPushServiceApiBeanInput;
  /** 在线价，是对旅客展示的销售价格。 仅允许100的倍数。 币种：人民币。单位：分。 */
  online_price: Int64Input;
  /** 辅营产品销售规则 */
  sales_rule?: TaobaoAlitripTotoroAuxproductPushSalesRuleApiBeanInput;
  /** 辅营产品退改规则 */
  refund_rule: TaobaoAlitripTotoroAuxproductPushAuxRefundApiBeanInput;
  /** 产品名称。 最大允许64个字符，不允许*·#|等特殊符号，也不允许带空格换行等符号 */
  product_name: string;
  /** 成本价。仅允许100的倍数。 币种：人民币。单位：分。 */
  base_price?: Int64Input;
  /** 产品类型 1:贵宾厅，2:CIP，3:在线选座，4:付费行李，6:值机，7:餐食, 8:值机及选座 当前仅允许投放：4，6，7，8 */
  product_type: Int64Input;
  /** 外部ID，此辅营报价的唯一标识，后续用于校验生单；只允许数字字母组合，最大允许32个字符。 不允许包含空格、换行、|这类特殊符号 */
  outer_id: string;
  /** 选座说明，当productType=3或8 为必传 */
  seat?: TaobaoAlitripTotoroAuxproductPushSeatApiBeanInput;
}

/** `BaggageApiBean` of `taobao.alitrip.totoro.auxproduct.push`. */
export interface TaobaoAlitripTotoroAuxproductPushBaggageApiBeanInput {
  /** 单件行李高度限制，单位厘米 */
  height?: Int64Input;
  /** 行李重量，当allWeight为是的时候行李重量描述所有件数的总重量 */
  weight?: Int64Input;
  /** 单件行李宽度限制，单位厘米 */
  width?: Int64Input;
  /** 行李总件数，大于等于1的正整数 */
  pc?: Int64Input;
  /** 单件行李长度限制，单位厘米 */
  length?: Int64Input;
  /** 是否所有行李重量 */
  is_all_weight?: boolean;
}

/** `ServiceApiBean` of `taobao.alitrip.totoro.auxproduct.push`. */
export interface TaobaoAlitripTotoroAuxproductPushServiceApiBeanInput {
  /** 服务时间 1:不限制时间 2:按具体服务时间 */
  service_time_type?: Int64Input;
  /** 服务内容。 最多允许200个字符。 禁止空格等特殊符号。 */
  service_content?: string;
  /** 服务说明。 最多允许100个字符。 禁止空格等特殊符号。 */
  room_tip?: string;
  /** 服务地点。 最多允许100个字符。 禁止空格等特殊符号。 */
  room?: string;
  /** 服务时间结束 HHmm，serviceTimeType为2时必填 */
  service_time_end?: string;
  /** 服务时间开始 HHmm，serviceTimeType为2时必填 */
  service_time_start?: string;
}

/** `SalesRuleApiBean` of `taobao.alitrip.totoro.auxproduct.push`. */
export interface TaobaoAlitripTotoroAuxproductPushSalesRuleApiBeanInput {
  /** 适用舱位(可以多个，支持子舱，用“/”隔开)； */
  cabin?: string;
  /** 例外舱位等级,单选 0:头等,1:商务，2:经济，3:全部 适用和例外二选一填写 */
  except_cabin_class?: Int64Input;
  /** 最晚购买时间，航班起飞前n小时 (计划起飞时间-当前时间)>=n小时 */
  latest_buy_time: Int64Input;
  /** 例外航线(可以多个,机场码) PEKPVG/DMKYVR ods和exceptOds二选一填写。 适用和例外二选一填写。 最多允许510个字符。 */
  except_ods?: string;
  /** 旅行开始日期(yyyyMMdd) */
  travel_date_start: string;
  /** 旅行结束日期(yyyyMMdd)，最大值当前+365且不能小于开始 */
  travel_date_end: string;
  /** 最早购买时间，航班起飞前n小时 (计划起飞时间-当前时间)<=n小时 如无限制，请填写9000 */
  earlist_buy_time: Int64Input;
  /** 适用舱位等级,单选 0:头等,1:商务，2:经济，3:全部 适用和例外二选一填写 */
  cabin_class?: Int64Input;
  /** 例外机场，如果为多个机场，按照PEK/NAY 格式返回 airports和exceptAirports二选一填写。 最多允许511个字符。 */
  except_airports?: string;
  /** 销售结束日期(yyyyMMdd)，最大值当前+365且不能小于开始 */
  sale_date_end: string;
  /** 发票类型 1:电子，2:纸质，3:不提供 */
  receipt_type: Int64Input;
  /** 库存数，当stockType=1或stockType=2时必填 */
  stock_num?: Int64Input;
  /** 例外航班(可以多个，用“/”隔开)； 适用和例外二选一填写。 最多允许512个字符。 */
  except_flight_nos?: string;
  /** 适用航线(可以多个,机场码) PEKPVG/DMKYVR ods和exceptOds二选一填写。 适用和例外二选一填写。 最多允许510个字符。 */
  ods?: string;
  /** 适用航司二字码 */
  airline_codes: string;
  /** 例外舱位(可以多个，支持子舱，用“/”隔开)； */
  except_cabin?: string;
  /** 库存类型 1:共享总库存数，2:每日库存数（旅行日期下每天），3:不限制(不使用产品库库存) */
  stock_type: Int64Input;
  /** 适用机场，如果为多个机场，按照PEK/NAY 格式返回 airports和exceptAirports二选一填写。 最多允许511个字符。 */
  airports?: string;
  /** 发票领取规则 1:行程单，2:机场柜台 默认为1.当receiptType=1或receiptType=2时，receiptWay必须指定 */
  receipt_way: Int64Input;
  /** 销售开始日期(yyyyMMdd) */
  sale_date_start: string;
  /** 例外航司二字码，如果为多个航司，按照 AK/FD格式返回。 最多允许254个字符。 */
  except_airline_codes?: string;
  /** 共享航班是否可用 1:不能用于共享航班，2:可用 */
  code_share_forbidden: boolean;
  /** 适用航班(可以多个，用“/”隔开)； 适用和例外二选一填写。 最多允许512个字符。 */
  flight_nos?: string;
  /** 适用出发航站楼（可以多个，用“/”隔开)。 最多允许10个字符。 */
  outbound_terminal?: string;
  /** 库存规则，当stockType=1或stockType=2时必填。 */
  stock_rule?: string;
}

/** `AuxRefundApiBean` of `taobao.alitrip.totoro.auxproduct.push`. */
export interface TaobaoAlitripTotoroAuxproductPushAuxRefundApiBeanInput {
  /** 是否可单独退 true可以，false不可以 当canRefund =true时此节点必传 */
  can_refund_independent: boolean;
  /** 改规则。 最多允许200个字符。 禁止空格等特殊符号。 */
  modify_rule: string;
  /** 是否可改 true可以，false不可以 当refundRule=true时此节点必传 */
  can_modify: boolean;
  /** 是否可单独改 true可以，false不可以 */
  can_modify_independent: boolean;
  /** 是否可退 true 可以，false不可以 */
  can_refund: boolean;
  /** 退规则。 最多允许200个字符。 禁止空格等特殊符号。 */
  refund_rule: string;
}

/** `SeatApiBean` of `taobao.alitrip.totoro.auxproduct.push`. */
export interface TaobaoAlitripTotoroAuxproductPushSeatApiBeanInput {
  /** 座位列 1:靠过道，2:靠窗，3:并排 */
  seat_area?: Int64Input;
  /** 排次 1:前排，2:中排，3:后排 */
  seat_row?: Int64Input;
}

const REQUEST_SCHEMA = {
  push_aux_products_rq: {
    channel_id: 'Number',
    agent_id: 'Number',
    product_items: [
      {
        baggage: {
          height: 'Number',
          weight: 'Number',
          width: 'Number',
          pc: 'Number',
          length: 'Number',
          is_all_weight: 'Boolean',
        },
        counter_price: 'Number',
        sale_type: 'Number',
        service: {
          service_time_type: 'Number',
          service_content: 'String',
          room_tip: 'String',
          room: 'String',
          service_time_end: 'String',
          service_time_start: 'String',
        },
        online_price: 'Number',
        sales_rule: {
          cabin: 'String',
          except_cabin_class: 'Number',
          latest_buy_time: 'Number',
          except_ods: 'String',
          travel_date_start: 'String',
          travel_date_end: 'String',
          earlist_buy_time: 'Number',
          cabin_class: 'Number',
          except_airports: 'String',
          sale_date_end: 'String',
          receipt_type: 'Number',
          stock_num: 'Number',
          except_flight_nos: 'String',
          ods: 'String',
          airline_codes: 'String',
          except_cabin: 'String',
          stock_type: 'Number',
          airports: 'String',
          receipt_way: 'Number',
          sale_date_start: 'String',
          except_airline_codes: 'String',
          code_share_forbidden: 'Boolean',
          flight_nos: 'String',
          outbound_terminal: 'String',
          stock_rule: 'String',
        },
        refund_rule: {
          can_refund_independent: 'Boolean',
          modify_rule: 'String',
          can_modify: 'Boolean',
          can_modify_independent: 'Boolean',
          can_refund: 'Boolean',
          refund_rule: 'String',
        },
        product_name: 'String',
        base_price: 'Number',
        product_type: 'Number',
        outer_id: 'String',
        seat: {
          seat_area: 'Number',
          seat_row: 'Number',
        },
      },
    ],
    cid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tracer_id: 'String',
  message: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.totoro.auxproduct.push`: method, response root, request and response schemas. */
export const taobaoAlitripTotoroAuxproductPushOperation = {
  method: 'taobao.alitrip.totoro.auxproduct.push',
  responseRoot: 'alitrip_totoro_auxproduct_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 廉航辅营产品投放 — calls TOP method `taobao.alitrip.totoro.auxproduct.push`.
 *
 * 廉航辅营产品投放接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTotoroAuxproductPush(
  client: TopClient,
  request: TaobaoAlitripTotoroAuxproductPushRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTotoroAuxproductPushResponse> {
  return client.call<TaobaoAlitripTotoroAuxproductPushResponse>(
    {
      method: 'taobao.alitrip.totoro.auxproduct.push',
      responseRoot: 'alitrip_totoro_auxproduct_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
