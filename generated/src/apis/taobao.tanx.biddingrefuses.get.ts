// Generated from specs/tanx/taobao.tanx.biddingrefuses.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.biddingrefuses.get` (tanx竞价失败反馈api). */
export interface TaobaoTanxBiddingrefusesGetRequest {
  /**
   * dsp的创意id
   *
   * Max list size: 20
   */
  creative_ids: string[];
  /** dsp在tanx的memberid */
  member_id: Int64Input;
  /** dsp对应的tanx的token */
  token: string;
  /** 1970年到现在的毫秒 */
  sign_time: Int64Input;
  /** 起始时间 */
  start_time?: DateInput;
  /** 截止时间 */
  end_time?: DateInput;
}

/** Response of `taobao.tanx.biddingrefuses.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxBiddingrefusesGetResponse {
  /** 返回是否成功 */
  is_success?: boolean;
  /** 返回竞价失败对象信息 */
  bidding_refuse_list?: TaobaoTanxBiddingrefusesGetBiddingRefuseDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BiddingRefuseDto` of `taobao.tanx.biddingrefuses.get`. */
export interface TaobaoTanxBiddingrefusesGetBiddingRefuseDto {
  /** 创意级别对应的错误码 */
  filter_id?: string;
  /** 创意过滤次数 */
  adfil_pv?: Int64;
  /** Pv粒度错误码对应描述二级原因 */
  filter_id_desc?: string;
  /** Pv粒度错误码对应的一级原因 */
  filter_class_desc?: string;
  /** dsp_id */
  dsp_id?: Int64;
  /** O123545 */
  creative_id?: string;
}

const REQUEST_SCHEMA = {
  creative_ids: ['String'],
  member_id: 'Number',
  token: 'String',
  sign_time: 'Number',
  start_time: 'Date',
  end_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  bidding_refuse_list: [
    {
      filter_id: 'String',
      adfil_pv: 'Number',
      filter_id_desc: 'String',
      filter_class_desc: 'String',
      dsp_id: 'Number',
      creative_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.biddingrefuses.get`: method, response root, request and response schemas. */
export const taobaoTanxBiddingrefusesGetOperation = {
  method: 'taobao.tanx.biddingrefuses.get',
  responseRoot: 'tanx_biddingrefuses_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tanx竞价失败反馈api — calls TOP method `taobao.tanx.biddingrefuses.get`.
 *
 * 竞价失败反馈根据创意id查询API提供
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxBiddingrefusesGet(
  client: TopClient,
  request: TaobaoTanxBiddingrefusesGetRequest,
  options?: CallOptions,
): Promise<TaobaoTanxBiddingrefusesGetResponse> {
  return client.call<TaobaoTanxBiddingrefusesGetResponse>(
    {
      method: 'taobao.tanx.biddingrefuses.get',
      responseRoot: 'tanx_biddingrefuses_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
