// Generated from specs/eticket/taobao.eticket.merchant.ma.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.eticket.merchant.ma.consume` (电子凭证核销接口). */
export interface TaobaoEticketMerchantMaConsumeRequest {
  /** 业务类型 */
  biz_type?: Int64Input;
  /** 需要被核销的码 */
  code: string;
  /** 核销份数 */
  consume_num: Int64Input;
  /**
   * 核销后换码的码列表
   *
   * Max list size: 20
   */
  isv_ma_list?: TaobaoEticketMerchantMaConsumeIsvMaInput[];
  /** 业务id（订单号） */
  outer_id: string;
  /** 机具编号 */
  pos_id?: string;
  /** 核销序列号，需要保证唯一 */
  serial_num: string;
  /** 需要跟发码通知获取到的参数一致 */
  token: string;
}

/** Response of `taobao.eticket.merchant.ma.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoEticketMerchantMaConsumeResponse {
  /** 系统自动生成 */
  resp_body?: TaobaoEticketMerchantMaConsumeConsumeMaCallbackResp;
  /** 子结果码 */
  ret_code?: string;
  /** 子结果信息 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvMa` of `taobao.eticket.merchant.ma.consume`. */
export interface TaobaoEticketMerchantMaConsumeIsvMaInput {
  /** 串码码值 */
  code?: string;
  /** 码的可核销份数 */
  num?: Int64Input;
  /** 二维码图片文件名。已经申请了上传二维码的码商必填，其它码商无需关心。这个值是taobao.eticket.merchant.img.upload调用后的file_name */
  qr_image?: string;
}

/** `ConsumeMaCallbackResp` of `taobao.eticket.merchant.ma.consume`. */
export interface TaobaoEticketMerchantMaConsumeConsumeMaCallbackResp {
  /** 系统自动生成 */
  attribute_map?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'Number',
  code: 'String',
  consume_num: 'Number',
  isv_ma_list: [
    {
      code: 'String',
      num: 'Number',
      qr_image: 'String',
    },
  ],
  outer_id: 'String',
  pos_id: 'String',
  serial_num: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_body: {
    attribute_map: 'String',
  },
  ret_code: 'String',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.eticket.merchant.ma.consume`: method, response root, request and response schemas. */
export const taobaoEticketMerchantMaConsumeOperation = {
  method: 'taobao.eticket.merchant.ma.consume',
  responseRoot: 'eticket_merchant_ma_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子凭证核销接口 — calls TOP method `taobao.eticket.merchant.ma.consume`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoEticketMerchantMaConsume(
  client: TopClient,
  request: TaobaoEticketMerchantMaConsumeRequest,
  options?: CallOptions,
): Promise<TaobaoEticketMerchantMaConsumeResponse> {
  return client.call<TaobaoEticketMerchantMaConsumeResponse>(
    {
      method: 'taobao.eticket.merchant.ma.consume',
      responseRoot: 'eticket_merchant_ma_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
