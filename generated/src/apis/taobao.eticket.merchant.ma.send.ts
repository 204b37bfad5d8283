// Generated from specs/eticket/taobao.eticket.merchant.ma.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.eticket.merchant.ma.send` (码商发码成功回调接口). */
export interface TaobaoEticketMerchantMaSendRequest {
  /** 业务类型 */
  biz_type?: Int64Input;
  /**
   * 需要发送的码列表
   *
   * Max list size: 200
   */
  isv_ma_list: TaobaoEticketMerchantMaSendIsvMaInput[];
  /** 业务id（订单号） */
  outer_id: string;
  /** 需要跟发码通知获取到的参数一致 */
  token: string;
}

/** Response of `taobao.eticket.merchant.ma.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoEticketMerchantMaSendResponse {
  /** 回复参数 */
  resp_body?: TaobaoEticketMerchantMaSendSendMaCallbackResp;
  /** 子结果码 */
  ret_code?: string;
  /** 子结果信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvMa` of `taobao.eticket.merchant.ma.send`. */
export interface TaobaoEticketMerchantMaSendIsvMaInput {
  /** 串码码值，请注意需要回传符合规范的凭证码 */
  code: string;
  /** 码的可核销份数 */
  num: Int64Input;
  /** 二维码图片文件名。已经申请了上传二维码的码商必填，其它码商无需关心。这个值是taobao.eticket.merchant.img.upload调用后的file_name */
  qr_image?: string;
}

/** `SendMaCallbackResp` of `taobao.eticket.merchant.ma.send`. */
export interface TaobaoEticketMerchantMaSendSendMaCallbackResp {
  /** 业务参数KV */
  attribute_map?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'Number',
  isv_ma_list: [
    {
      code: 'String',
      num: 'Number',
      qr_image: 'String',
    },
  ],
  outer_id: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_body: {
    attribute_map: 'String',
  },
  ret_code: 'String',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.eticket.merchant.ma.send`: method, response root, request and response schemas. */
export const taobaoEticketMerchantMaSendOperation = {
  method: 'taobao.eticket.merchant.ma.send',
  responseRoot: 'eticket_merchant_ma_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码商发码成功回调接口 — calls TOP method `taobao.eticket.merchant.ma.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoEticketMerchantMaSend(
  client: TopClient,
  request: TaobaoEticketMerchantMaSendRequest,
  options?: CallOptions,
): Promise<TaobaoEticketMerchantMaSendResponse> {
  return client.call<TaobaoEticketMerchantMaSendResponse>(
    {
      method: 'taobao.eticket.merchant.ma.send',
      responseRoot: 'eticket_merchant_ma_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
