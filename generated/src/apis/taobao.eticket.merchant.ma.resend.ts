// Generated from specs/eticket/taobao.eticket.merchant.ma.resend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.eticket.merchant.ma.resend` (电子凭证重发回调接口). */
export interface TaobaoEticketMerchantMaResendRequest {
  /** 业务类型 */
  biz_type?: Int64Input;
  /**
   * 待重发的码列表
   *
   * Max list size: 200
   */
  isv_ma_list: TaobaoEticketMerchantMaResendIsvMaInput[];
  /** 业务id（订单号） */
  outer_id: string;
  /** 需要跟发码通知获取到的参数一致 */
  token: string;
}

/** Response of `taobao.eticket.merchant.ma.resend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoEticketMerchantMaResendResponse {
  /** 回复参数 */
  resp_body?: TaobaoEticketMerchantMaResendSendMaCallbackResp;
  /** 子结果码 */
  ret_code?: string;
  /** 子结果信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvMa` of `taobao.eticket.merchant.ma.resend`. */
export interface TaobaoEticketMerchantMaResendIsvMaInput {
  /** 串码码值 */
  code: string;
  /** 码的可核销份数 */
  num: Int64Input;
  /** 二维码图片文件名。已经申请了上传二维码的码商必填，其它码商无需关心。这个值是taobao.eticket.merchant.img.upload调用后的file_name */
  qr_image?: string;
}

/** `SendMaCallbackResp` of `taobao.eticket.merchant.ma.resend`. */
export interface TaobaoEticketMerchantMaResendSendMaCallbackResp {
  /** 回复业务KV */
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

/** Static description of `taobao.eticket.merchant.ma.resend`: method, response root, request and response schemas. */
export const taobaoEticketMerchantMaResendOperation = {
  method: 'taobao.eticket.merchant.ma.resend',
  responseRoot: 'eticket_merchant_ma_resend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子凭证重发回调接口 — calls TOP method `taobao.eticket.merchant.ma.resend`.
 *
 * 码商重发电子凭证回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoEticketMerchantMaResend(
  client: TopClient,
  request: TaobaoEticketMerchantMaResendRequest,
  options?: CallOptions,
): Promise<TaobaoEticketMerchantMaResendResponse> {
  return client.call<TaobaoEticketMerchantMaResendResponse>(
    {
      method: 'taobao.eticket.merchant.ma.resend',
      responseRoot: 'eticket_merchant_ma_resend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
