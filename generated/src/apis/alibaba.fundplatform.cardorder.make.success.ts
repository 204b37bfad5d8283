// Generated from specs/fundplatform/alibaba.fundplatform.cardorder.make.success.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorder.make.success` (通知制卡成功). */
export interface AlibabaFundplatformCardorderMakeSuccessRequest {
  /** 入参对象 */
  request: AlibabaFundplatformCardorderMakeSuccessStructInput;
}

/** Response of `alibaba.fundplatform.cardorder.make.success`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardorderMakeSuccessResponse {
  /** 错误详情 */
  result_message?: string;
  /** 错误CODE */
  result_code?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `alibaba.fundplatform.cardorder.make.success`. */
export interface AlibabaFundplatformCardorderMakeSuccessStructInput {
  /** 制卡单号 */
  order_id: Int64Input;
  /** 制卡时传入的外部订单号 */
  out_biz_id: string;
  /** 环境变量值，该字段为枚举值：daily（日常），pre（预发），online（线上） */
  own_sign: string;
}

const REQUEST_SCHEMA = {
  request: {
    order_id: 'Number',
    out_biz_id: 'String',
    own_sign: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_message: 'String',
  result_code: 'String',
  success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorder.make.success`: method, response root, request and response schemas. */
export const alibabaFundplatformCardorderMakeSuccessOperation = {
  method: 'alibaba.fundplatform.cardorder.make.success',
  responseRoot: 'alibaba_fundplatform_cardorder_make_success_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通知制卡成功 — calls TOP method `alibaba.fundplatform.cardorder.make.success`.
 *
 * 当外部业务方调用资金平台异步制卡接口后，资金平台制卡成功后通知异步通知业务方
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardorderMakeSuccess(
  client: TopClient,
  request: AlibabaFundplatformCardorderMakeSuccessRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardorderMakeSuccessResponse> {
  return client.call<AlibabaFundplatformCardorderMakeSuccessResponse>(
    {
      method: 'alibaba.fundplatform.cardorder.make.success',
      responseRoot: 'alibaba_fundplatform_cardorder_make_success_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
