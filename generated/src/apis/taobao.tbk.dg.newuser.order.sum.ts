// Generated from specs/tbk/taobao.tbk.dg.newuser.order.sum.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.newuser.order.sum` (淘宝客-推广者-拉新活动对应数据查询). */
export interface TaobaoTbkDgNewuserOrderSumRequest {
  /**
   * 页大小，默认20，1~100
   *
   * Min value: 1
   * Max value: 100
   */
  page_size: Int64Input;
  /** mm_xxx_xxx_xxx的第三位 */
  adzone_id?: Int64Input;
  /** 页码，默认1 */
  page_no: Int64Input;
  /** mm_xxx_xxx_xxx的第二位 */
  site_id?: Int64Input;
  /** 活动id， 活动名称与活动ID列表，请参见https://tbk.bbs.taobao.com/detail.html?appId=45301&postId=8599277 */
  activity_id: string;
  /** 结算月份 */
  settle_month?: string;
}

/** Response of `taobao.tbk.dg.newuser.order.sum`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgNewuserOrderSumResponse {
  /** data */
  results?: TaobaoTbkDgNewuserOrderSumData3;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `taobao.tbk.dg.newuser.order.sum`. */
export interface TaobaoTbkDgNewuserOrderSumData3 {
  /** data */
  data?: TaobaoTbkDgNewuserOrderSumData2;
}

/** `Data` of `taobao.tbk.dg.newuser.order.sum`. */
export interface TaobaoTbkDgNewuserOrderSumData2 {
  /** 页码 */
  page_no?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 是否有下一页 */
  has_next?: boolean;
  /** resultList */
  results?: TaobaoTbkDgNewuserOrderSumData[];
}

/** `Data` of `taobao.tbk.dg.newuser.order.sum`. */
export interface TaobaoTbkDgNewuserOrderSumData {
  /** 活动ID */
  activity_id?: string;
  /** 日期 */
  biz_date?: string;
  /** 新注册用户数 */
  reg_user_cnt?: Int64;
  /** 新激活用户数 */
  login_user_cnt?: Int64;
  /** 首购用户数 */
  alipay_user_cnt?: Int64;
  /** 结算有效用户数 */
  rcv_valid_user_cnt?: Int64;
  /** 确认收货用户数 */
  rcv_user_cnt?: Int64;
  /** 结算CPA 奖励金额：仅支持member 维度的统计 */
  alipay_user_cpa_pre_amt?: string;
  /** 当日激活且首购结算的CPA 金额：仅适用于八天乐，仅支持member维度的统计 */
  bind_buy_user_cpa_pre_amt?: string;
  /** 当日激活且首购的有效用户数：仅适用于八天乐，支持member，adzone维度的统计 */
  bind_buy_valid_user_cnt?: Int64;
  /** bindCardValidUserCnt */
  bind_card_valid_user_cnt?: Int64;
  /** reBuyValidUserCnt */
  re_buy_valid_user_cnt?: Int64;
  /** validNum */
  valid_num?: Int64;
  /** 渠道关系id */
  relation_id?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  adzone_id: 'Number',
  page_no: 'Number',
  site_id: 'Number',
  activity_id: 'String',
  settle_month: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: {
    data: {
      page_no: 'Number',
      page_size: 'Number',
      has_next: 'Boolean',
      results: [
        {
          activity_id: 'String',
          biz_date: 'String',
          reg_user_cnt: 'Number',
          login_user_cnt: 'Number',
          alipay_user_cnt: 'Number',
          rcv_valid_user_cnt: 'Number',
          rcv_user_cnt: 'Number',
          alipay_user_cpa_pre_amt: 'String',
          bind_buy_user_cpa_pre_amt: 'String',
          bind_buy_valid_user_cnt: 'Number',
          bind_card_valid_user_cnt: 'Number',
          re_buy_valid_user_cnt: 'Number',
          valid_num: 'Number',
          relation_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.newuser.order.sum`: method, response root, request and response schemas. */
export const taobaoTbkDgNewuserOrderSumOperation = {
  method: 'taobao.tbk.dg.newuser.order.sum',
  responseRoot: 'tbk_dg_newuser_order_sum_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-拉新活动对应数据查询 — calls TOP method `taobao.tbk.dg.newuser.order.sum`.
 *
 * 拉新活动汇总API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgNewuserOrderSum(
  client: TopClient,
  request: TaobaoTbkDgNewuserOrderSumRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgNewuserOrderSumResponse> {
  return client.call<TaobaoTbkDgNewuserOrderSumResponse>(
    {
      method: 'taobao.tbk.dg.newuser.order.sum',
      responseRoot: 'tbk_dg_newuser_order_sum_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
