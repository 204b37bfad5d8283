// Generated from specs/jipiao/taobao.jipiao.agent.order.bdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jipiao.agent.order.bdetail` (【机票代理商订单】采购订单详情). */
export interface TaobaoJipiaoAgentOrderBdetailRequest {
  /** 订单号 */
  order_id: Int64Input;
}

/** Response of `taobao.jipiao.agent.order.bdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJipiaoAgentOrderBdetailResponse {
  /** 返回操作成功失败信息 */
  is_success?: boolean;
  /** 机票订单的详情列表，当前支持返回一个订单 */
  orders?: TaobaoJipiaoAgentOrderBdetailTripOrder[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TripOrder` of `taobao.jipiao.agent.order.bdetail`. */
export interface TaobaoJipiaoAgentOrderBdetailTripOrder {
  /** 订单基础信息 */
  base_info?: TaobaoJipiaoAgentOrderBdetailTripBaseInfo;
  /** 订单航班信息（包含航班乘机人） */
  flight_infos?: TaobaoJipiaoAgentOrderBdetailTripFlightInfo[];
  /** 订单行程单信息 */
  itinerary?: TaobaoJipiaoAgentOrderBdetailItinerary;
  /** 订单行政购票信息 */
  corp_info?: TaobaoJipiaoAgentOrderBdetailCorpInfo;
  /** 扩展字段 */
  extra?: string;
}

/** `TripBaseInfo` of `taobao.jipiao.agent.order.bdetail`. */
export interface TaobaoJipiaoAgentOrderBdetailTripBaseInfo {
  /** 淘宝机票订单id */
  order_id?: Int64;
  /** 航程类型：0，单程；1，往返； */
  trip_type?: Int64;
  /** 订单状态定义==> 0:未付款;(注：支持保险分润时，订单已付款，保险未付款也为0)1:处理中;2:确定出票;3:预定成功;4:预定失败;5:处理中超时失效;6:支付超时失效;7:买家取消 */
  status?: Int64;
  /** 订单支付状态==> 0:未付款;1:已付款，冻结买家定金;2:付款给卖家;3:解冻定金给买家;4:已扣佣;5:交易关闭;6:确认可支付;7:确认不可支付 */
  pay_status?: Int64;
  /** 订单创建时间 */
  create_time?: string;
  /** 订单表最近一次修改时间 */
  modify_time?: string;
  /** 订单最晚支付时间 */
  pay_latest_time?: string;
  /** 总金额，所有乘机人加机建燃油，单位：分 */
  total_price?: Int64;
  /** 佣金，单位：分 */
  commission?: string;
  /** 联系人姓名 */
  relation_name?: string;
  /** 联系人手机号 */
  relation_mobile?: string;
  /** 联系人备用电话 */
  relation_phone_bak?: string;
  /** 联系人邮箱 */
  relation_email?: string;
  /** 扩展信息 */
  extra?: string;
  /** 支付宝交易号 */
  alipay_trade_no?: string;
  /** 是否保险分润订单，有一个乘机人支持分润即为 True */
  insure_promotion?: boolean;
  /** 是否强制保险订单，有一张票为强制保险即为true */
  force_insure?: boolean;
}

/** `TripFlightInfo` of `taobao.jipiao.agent.order.bdetail`. */
export interface TaobaoJipiaoAgentOrderBdetailTripFlightInfo {
  /** 淘宝机票平台航班id */
  flight_id?: Int64;
  /** 航段类型：0，去程；1，回程 */
  segment_type?: Int64;
  /** 去程或回程第几段航班，0，第1段；1，第2段航班 */
  segment_number?: Int64;
  /** 航班航空公司二字码 */
  airline_code?: string;
  /** 航班号 */
  flight_no?: string;
  /** 航班实际承运航班号 */
  carrier?: string;
  /** 航班机型 */
  flight_type?: string;
  /** 航班出发城市三字码 */
  dep_city_code?: string;
  /** 航班到达城市三字码 */
  arr_city_code?: string;
  /** 航班出发机场三字码 */
  dep_airport_code?: string;
  /** 航班到达机场三字码 */
  arr_airport_code?: string;
  /** 航班起飞时间，格式yyyy-mm-dd hh:mm:ss */
  dep_time?: string;
  /** 航班到达时间，格式yyyy-mm-dd hh:mm:ss */
  arr_time?: string;
  /** 当前航段票面价格，单位：分 */
  ticket_price?: Int64;
  /** 乘机人信息列表 */
  passengers?: TaobaoJipiaoAgentOrderBdetailTripFlightPassenger[];
  /** 扩展信息 */
  extra?: string;
  /** 特殊说明 */
  special_rule?: string;
}

/** `TripFlightPassenger` of `taobao.jipiao.agent.order.bdetail`. */
export interface TaobaoJipiaoAgentOrderBdetailTripFlightPassenger {
  /** 乘机人姓名 */
  name?: string;
  /** 乘机人证件类型：0，身份证；1，护照；3，军人证；4，回乡证；5，台胞证；6，港澳台胞；10，警官证；11，士兵证件 */
  cert_type?: Int64;
  /** 乘机人证件号码 */
  cert_no?: string;
  /** 乘机人类型：0，成人；1，儿童； */
  passenger_type?: Int64;
  /** 乘机人生日：yyyy-mm-dd */
  birthday?: string;
  /** 常旅客卡号 */
  trip_card_no?: string;
  /** PNR信息 */
  pnr?: string;
  /** 票号 */
  ticket_no?: string;
  /** 扩展字段 */
  extra?: string;
  /** 政策id，淘宝系统政策唯一键 */
  policy_id?: Int64;
  /** 机票政策类型：0，默认；1，自定义 */
  policy_type?: Int64;
  /** 备注信息，政策中的备注信息 */
  memo?: string;
  /** 销售价格，单位：分 */
  price?: Int64;
  /** 航班机建费，单位：分 */
  fee?: Int64;
  /** 航班燃油税，单位：分 */
  tax?: Int64;
  /** 航班舱位代码 */
  cabin_code?: string;
  /** 舱位等级：0，头等舱(F)；1，商务舱(C)；2，经济舱(Y) */
  cabin_class?: Int64;
  /** 退改签 */
  tuigaiqian?: string;
  /** ei项 */
  ei?: string;
  /** 当前乘机人的保险分润金额，单位：分 */
  insure_promotion_price?: Int64;
  /** 强制保险金额，单位：分 */
  force_insure_price?: Int64;
}

/** `Itinerary` of `taobao.jipiao.agent.order.bdetail`. */
export interface TaobaoJipiaoAgentOrderBdetailItinerary {
  /** 行程单类型：6，快递 */
  type?: Int64;
  /** 收件人姓名 */
  name?: string;
  /** 收件人手机号 */
  mobile?: string;
  /** 收件人备用手机号 */
  mobile_bak?: string;
  /** 收件人地址 */
  address?: string;
  /** 行程单价格，单位：分 */
  price?: string;
  /** 物流公司代码 */
  company_code?: string;
  /** 邮寄单号 */
  express_code?: string;
  /** 行程单号 */
  itinerary_no?: string;
  /** 邮寄时间 */
  send_date?: string;
  /** 行程单订单的状态 0：未付款 1：已付款 2：转交易成功 3：已邮寄 4：已取消 */
  status?: Int64;
  /** 扩展字段 */
  extra?: string;
  /** 支付宝交易号 */
  alipay_trade_no?: string;
  /** 淘宝主键id */
  id?: Int64;
}

/** `CorpInfo` of `taobao.jipiao.agent.order.bdetail`. */
export interface TaobaoJipiaoAgentOrderBdetailCorpInfo {
  /** 申请人姓名 */
  apply_name?: string;
  /** 申请人工号 */
  apply_no?: string;
  /** BPM的fromNO */
  form_no?: string;
  /** 出差人工号 */
  trip_person_no?: string;
  /** 出差人姓名 */
  trip_person_name?: string;
  /** 工作地点 */
  work_space?: string;
  /** 成本中心代码 */
  cost_center_code?: string;
  /** 成本中心 */
  cost_center?: string;
  /** 单据状态代码 */
  form_status?: string;
  /** 单据状态描述 */
  receipts_status?: string;
  /** 费用归属OU的CODE */
  cost_ou?: string;
  /** 申请时间 */
  apply_time?: string;
  /** 集团id */
  corpration_id?: string;
  /** 扩展字段 */
  extra?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  orders: [
    {
      base_info: {
        order_id: 'Number',
        trip_type: 'Number',
        status: 'Number',
        pay_status: 'Number',
        create_time: 'Date',
        modify_time: 'Date',
        pay_latest_time: 'Date',
        total_price: 'Number',
        commission: 'String',
        relation_name: 'String',
        relation_mobile: 'String',
        relation_phone_bak: 'String',
        relation_email: 'String',
        extra: 'String',
        alipay_trade_no: 'String',
        insure_promotion: 'Boolean',
        force_insure: 'Boolean',
      },
      flight_infos: [
        {
          flight_id: 'Number',
          segment_type: 'Number',
          segment_number: 'Number',
          airline_code: 'String',
          flight_no: 'String',
          carrier: 'String',
          flight_type: 'String',
          dep_city_code: 'String',
          arr_city_code: 'String',
          dep_airport_code: 'String',
          arr_airport_code: 'String',
          dep_time: 'String',
          arr_time: 'String',
          ticket_price: 'Number',
          passengers: [
            {
              name: 'String',
              cert_type: 'Number',
              cert_no: 'String',
              passenger_type: 'Number',
              birthday: 'String',
              trip_card_no: 'String',
              pnr: 'String',
              ticket_no: 'String',
              extra: 'String',
              policy_id: 'Number',
              policy_type: 'Number',
              memo: 'String',
              price: 'Number',
              fee: 'Number',
              tax: 'Number',
              cabin_code: 'String',
              cabin_class: 'Number',
              tuigaiqian: 'String',
              ei: 'String',
              insure_promotion_price: 'Number',
              force_insure_price: 'Number',
            },
          ],
          extra: 'String',
          special_rule: 'String',
        },
      ],
      itinerary: {
        type: 'Number',
        name: 'String',
        mobile: 'String',
        mobile_bak: 'String',
        address: 'String',
        price: 'String',
        company_code: 'String',
        express_code: 'String',
        itinerary_no: 'String',
        send_date: 'String',
        status: 'Number',
        extra: 'String',
        alipay_trade_no: 'String',
        id: 'Number',
      },
      corp_info: {
        apply_name: 'String',
        apply_no: 'String',
        form_no: 'String',
        trip_person_no: 'String',
        trip_person_name: 'String',
        work_space: 'String',
        cost_center_code: 'String',
        cost_center: 'String',
        form_status: 'String',
        receipts_status: 'String',
        cost_ou: 'String',
        apply_time: 'Date',
        corpration_id: 'String',
        extra: 'String',
      },
      extra: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jipiao.agent.order.bdetail`: method, response root, request and response schemas. */
export const taobaoJipiaoAgentOrderBdetailOperation = {
  method: 'taobao.jipiao.agent.order.bdetail',
  responseRoot: 'jipiao_agent_order_bdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商订单】采购订单详情 — calls TOP method `taobao.jipiao.agent.order.bdetail`.
 *
 * 根据淘宝系统订单号获取订单详情信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJipiaoAgentOrderBdetail(
  client: TopClient,
  request: TaobaoJipiaoAgentOrderBdetailRequest,
  options?: CallOptions,
): Promise<TaobaoJipiaoAgentOrderBdetailResponse> {
  return client.call<TaobaoJipiaoAgentOrderBdetailResponse>(
    {
      method: 'taobao.jipiao.agent.order.bdetail',
      responseRoot: 'jipiao_agent_order_bdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
