// Generated from specs/tbk/taobao.tbk.dg.vegas.tlj.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.vegas.tlj.create` (淘宝客-推广者-淘礼金创建). */
export interface TaobaoTbkDgVegasTljCreateRequest {
  /** 必须传入0 */
  security_level?: Int64Input;
  /** 使用开始日期。相对时间，无需填写，以用户领取时间作为使用开始时间。绝对时间，格式 yyyy-MM-dd，例如，2019-01-29，表示从2019-01-29 00:00:00 开始 */
  use_start_time?: string;
  /** 结束日期的模式,1:相对时间，2:绝对时间 */
  use_end_time_mode?: Int64Input;
  /** 使用结束日期。如果是结束时间模式为相对时间，时间格式为1-7直接的整数, 例如，1（相对领取时间1天）； 如果是绝对时间，格式为yyyy-MM-dd，例如，2019-01-29，表示到2019-01-29 23:59:59结束 */
  use_end_time?: string;
  /** 发放截止时间 */
  send_end_time?: DateInput;
  /** 发放开始时间 */
  send_start_time: DateInput;
  /** 单个淘礼金面额，支持两位小数，单位元 */
  per_face: string;
  /** 必须设置为true，默认开启安全 */
  security_switch: boolean;
  /** 单用户累计中奖次数上限 */
  user_total_win_num_limit: Int64Input;
  /** 淘礼金名称，最大10个字符 */
  name: string;
  /** 淘礼金总个数 */
  total_num: Int64Input;
  /** 宝贝ID或营销ID */
  item_id: string;
  /** 已下线，后续不需要填写 */
  campaign_type?: string;
  /** 妈妈广告位Id */
  adzone_id: Int64Input;
}

/** Response of `taobao.tbk.dg.vegas.tlj.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgVegasTljCreateResponse {
  /** result */
  result?: TaobaoTbkDgVegasTljCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.tbk.dg.vegas.tlj.create`. */
export interface TaobaoTbkDgVegasTljCreateResult {
  /** model */
  model?: TaobaoTbkDgVegasTljCreateRightsInstanceCreateResult;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `RightsInstanceCreateResult` of `taobao.tbk.dg.vegas.tlj.create`. */
export interface TaobaoTbkDgVegasTljCreateRightsInstanceCreateResult {
  /** 淘礼金Id */
  rights_id?: string;
  /** 淘礼金领取Url */
  send_url?: string;
  /** 投放code【百川商品详情页业务专用】 */
  vegas_code?: string;
  /** 创建完成后资金账户可用资金，单位元，保留2位小数 */
  available_fee?: string;
  /** 媒体针对此商品今日剩余可领取淘礼金数量 */
  item_today_num_left?: Int64;
}

const REQUEST_SCHEMA = {
  security_level: 'Number',
  use_start_time: 'String',
  use_end_time_mode: 'Number',
  use_end_time: 'String',
  send_end_time: 'Date',
  send_start_time: 'Date',
  per_face: 'String',
  security_switch: 'Boolean',
  user_total_win_num_limit: 'Number',
  name: 'String',
  total_num: 'Number',
  item_id: 'String',
  campaign_type: 'String',
  adzone_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      rights_id: 'String',
      send_url: 'String',
      vegas_code: 'String',
      available_fee: 'String',
      item_today_num_left: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.vegas.tlj.create`: method, response root, request and response schemas. */
export const taobaoTbkDgVegasTljCreateOperation = {
  method: 'taobao.tbk.dg.vegas.tlj.create',
  responseRoot: 'tbk_dg_vegas_tlj_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-淘礼金创建 — calls TOP method `taobao.tbk.dg.vegas.tlj.create`.
 *
 * 创建淘礼金
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgVegasTljCreate(
  client: TopClient,
  request: TaobaoTbkDgVegasTljCreateRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgVegasTljCreateResponse> {
  return client.call<TaobaoTbkDgVegasTljCreateResponse>(
    {
      method: 'taobao.tbk.dg.vegas.tlj.create',
      responseRoot: 'tbk_dg_vegas_tlj_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
