// Generated from specs/tanx/taobao.tanx.deal.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.deal.get` (对外部dsp提供交易id查询接口). */
export interface TaobaoTanxDealGetRequest {
  /** dsp用户id */
  dsp_id: Int64Input;
  /** 交易id */
  deal_id: Int64Input;
  /** 1970年到现在的时间，毫秒 */
  sign_time: Int64Input;
  /** 验证token */
  token: string;
}

/** Response of `taobao.tanx.deal.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxDealGetResponse {
  /** 结果代码 */
  code?: Int64;
  /** 结果信息 */
  messag?: string;
  /** 查询结果 */
  sucess?: boolean;
  /** 查询结果 */
  result?: TaobaoTanxDealGetDealInfoDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DealInfoDTO` of `taobao.tanx.deal.get`. */
export interface TaobaoTanxDealGetDealInfoDTO {
  /** 11 */
  addresses?: TaobaoTanxDealGetDicDTO[];
  /** 100 */
  deal_id?: Int64;
  /** 100 */
  price?: Int64;
  /** 100 */
  begin_time?: string;
  /** 100 */
  end_time?: string;
  /** 100 */
  deal_type?: Int64;
  /** 100 */
  seller_site_names?: string[];
  /** 100 */
  dsp_ids?: Int64[];
  /** 100 */
  advertiser_ids?: Int64[];
  /** 100 */
  interval_ids?: string[];
  /** 100 */
  status?: Int64;
  /** 100 */
  pids?: string[];
}

/** `DicDTO` of `taobao.tanx.deal.get`. */
export interface TaobaoTanxDealGetDicDTO {
  /** 数据项ID */
  code?: Int64;
  /** 数据项值 */
  value?: string;
}

const REQUEST_SCHEMA = {
  dsp_id: 'Number',
  deal_id: 'Number',
  sign_time: 'Number',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code: 'Number',
  messag: 'String',
  sucess: 'Boolean',
  result: {
    addresses: [
      {
        code: 'Number',
        value: 'String',
      },
    ],
    deal_id: 'Number',
    price: 'Number',
    begin_time: 'Date',
    end_time: 'Date',
    deal_type: 'Number',
    seller_site_names: ['String'],
    dsp_ids: ['Number'],
    advertiser_ids: ['Number'],
    interval_ids: ['String'],
    status: 'Number',
    pids: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.deal.get`: method, response root, request and response schemas. */
export const taobaoTanxDealGetOperation = {
  method: 'taobao.tanx.deal.get',
  responseRoot: 'tanx_deal_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 对外部dsp提供交易id查询接口 — calls TOP method `taobao.tanx.deal.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxDealGet(
  client: TopClient,
  request: TaobaoTanxDealGetRequest,
  options?: CallOptions,
): Promise<TaobaoTanxDealGetResponse> {
  return client.call<TaobaoTanxDealGetResponse>(
    {
      method: 'taobao.tanx.deal.get',
      responseRoot: 'tanx_deal_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
