// Generated from specs/tbk/taobao.tbk.dg.newuser.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.newuser.order.get` (淘宝客-推广者-新用户订单明细查询). */
export interface TaobaoTbkDgNewuserOrderGetRequest {
  /** 页大小，默认20，1~100 */
  page_size?: Int64Input;
  /** 页码，默认1 */
  page_no?: Int64Input;
  /** mm_xxx_xxx_xxx的第三位 */
  adzone_id?: Int64Input;
  /** 开始时间，当活动为淘宝活动，表示最早注册时间；当活动为支付宝活动，表示最早绑定时间；当活动为天猫活动，表示最早领取红包时间 */
  start_time?: DateInput;
  /** 结束时间，当活动为淘宝活动，表示最晚结束时间；当活动为支付宝活动，表示最晚绑定时间；当活动为天猫活动，表示最晚领取红包的时间 */
  end_time?: DateInput;
  /** 活动id， 活动名称与活动ID列表（该字段已废弃） */
  activity_id: string;
}

/** Response of `taobao.tbk.dg.newuser.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgNewuserOrderGetResponse {
  /** data */
  results?: TaobaoTbkDgNewuserOrderGetResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Results` of `taobao.tbk.dg.newuser.order.get`. */
export interface TaobaoTbkDgNewuserOrderGetResults {
  /** data */
  data?: TaobaoTbkDgNewuserOrderGetData;
}

/** `Data` of `taobao.tbk.dg.newuser.order.get`. */
export interface TaobaoTbkDgNewuserOrderGetData {
  /** resultList */
  results?: TaobaoTbkDgNewuserOrderGetMapData[];
  /** 页码 */
  page_no?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 是否有下一页 */
  has_next?: boolean;
}

/** `MapData` of `taobao.tbk.dg.newuser.order.get`. */
export interface TaobaoTbkDgNewuserOrderGetMapData {
  /** 新注册时间，仅淘宝拉新适用 */
  register_time?: string;
  /** 当前活动为淘宝拉新活动时，bind_time为新激活时间； 当前活动为支付宝拉新活动时，bind_time为绑定时间。 */
  bind_time?: string;
  /** 首购时间，仅淘宝，天猫拉新适用 */
  buy_time?: string;
  /** 新人状态， 当前活动为淘宝拉新活动时，1: 新注册，2:激活，3:首购，4:确认收货； 当前活动为支付宝实名活动时，1：已绑定，2：拉新成功，3：无效用户；当前活动为支付宝新登活动时，3：手淘首购，4：手淘确认收货；当前活动为天猫拉新活动时，2:已领取，3:已首购，4:已收货 */
  status?: Int64;
  /** 新人手机号 */
  mobile?: string;
  /** 订单淘客类型:1.淘客订单；2.非淘客订单，仅淘宝，天猫拉新适用 */
  order_tk_type?: Int64;
  /** 分享用户(unionid)，仅淘宝，天猫拉新适用 */
  union_id?: string;
  /** 来源媒体ID(pid中mm_1_2_3)中第1位 */
  member_id?: Int64;
  /** 来源媒体名称 */
  member_nick?: string;
  /** 来源站点ID(pid中mm_1_2_3)中第2位 */
  site_id?: Int64;
  /** 来源站点名称 */
  site_name?: string;
  /** 来源广告位ID(pid中mm_1_2_3)中第3位 */
  adzone_id?: Int64;
  /** 来源广告位名称 */
  adzone_name?: string;
  /** 淘宝订单id，仅淘宝，天猫拉新适用 */
  tb_trade_parent_id?: Int64;
  /** 确认收货时间，仅天猫拉新适用 */
  accept_time?: string;
  /** 领取红包时间，仅天猫拉新适用 */
  receive_time?: string;
  /** 拉新成功时间，仅支付宝拉新适用 */
  success_time?: string;
  /** 活动类型，taobao-淘宝 alipay-支付宝 tmall-天猫 */
  activity_type?: string;
  /** 活动id */
  activity_id?: string;
  /** 日期，格式为"20180202" */
  biz_date?: string;
  /** 复购订单，仅适用于手淘拉新 */
  orders?: TaobaoTbkDgNewuserOrderGetOrderData[];
  /** 绑卡日期，仅适用于手淘拉新 */
  bind_card_time?: string;
  /** loginTime */
  login_time?: string;
  /** 银行卡是否是绑定状态：1-绑定，0-未绑定 */
  is_card_save?: Int64;
  /** 使用权益时间 */
  use_rights_time?: string;
  /** 领取权益时间 */
  get_rights_time?: string;
  /** 渠道关系id */
  relation_id?: string;
}

/** `OrderData` of `taobao.tbk.dg.newuser.order.get`. */
export interface TaobaoTbkDgNewuserOrderGetOrderData {
  /** 预估佣金 */
  commission?: string;
  /** 收货时间 */
  confirm_receive_time?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 订单号 */
  order_no?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_no: 'Number',
  adzone_id: 'Number',
  start_time: 'Date',
  end_time: 'Date',
  activity_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: {
    data: {
      results: [
        {
          register_time: 'Date',
          bind_time: 'Date',
          buy_time: 'Date',
          status: 'Number',
          mobile: 'String',
          order_tk_type: 'Number',
          union_id: 'String',
          member_id: 'Number',
          member_nick: 'String',
          site_id: 'Number',
          site_name: 'String',
          adzone_id: 'Number',
          adzone_name: 'String',
          tb_trade_parent_id: 'Number',
          accept_time: 'Date',
          receive_time: 'Date',
          success_time: 'Date',
          activity_type: 'String',
          activity_id: 'String',
          biz_date: 'String',
          orders: [
            {
              commission: 'String',
              confirm_receive_time: 'String',
              pay_time: 'String',
              order_no: 'String',
            },
          ],
          bind_card_time: 'Date',
          login_time: 'Date',
          is_card_save: 'Number',
          use_rights_time: 'Date',
          get_rights_time: 'Date',
          relation_id: 'String',
        },
      ],
      page_no: 'Number',
      page_size: 'Number',
      has_next: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.newuser.order.get`: method, response root, request and response schemas. */
export const taobaoTbkDgNewuserOrderGetOperation = {
  method: 'taobao.tbk.dg.newuser.order.get',
  responseRoot: 'tbk_dg_newuser_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-新用户订单明细查询 — calls TOP method `taobao.tbk.dg.newuser.order.get`.
 *
 * 拉新API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgNewuserOrderGet(
  client: TopClient,
  request: TaobaoTbkDgNewuserOrderGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgNewuserOrderGetResponse> {
  return client.call<TaobaoTbkDgNewuserOrderGetResponse>(
    {
      method: 'taobao.tbk.dg.newuser.order.get',
      responseRoot: 'tbk_dg_newuser_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
