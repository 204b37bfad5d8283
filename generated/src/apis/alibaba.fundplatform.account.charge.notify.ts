// Generated from specs/fundplatform/alibaba.fundplatform.account.charge.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.account.charge.notify` (账户充值成功通知). */
export interface AlibabaFundplatformAccountChargeNotifyRequest {
  /** 入参对象 */
  request: AlibabaFundplatformAccountChargeNotifyStructInput;
}

/** Response of `alibaba.fundplatform.account.charge.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformAccountChargeNotifyResponse {
  /** 处理消息 */
  result_message?: string;
  /** 处理错误码 */
  result_code?: string;
  /** 处理结果 */
  success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `alibaba.fundplatform.account.charge.notify`. */
export interface AlibabaFundplatformAccountChargeNotifyStructInput {
  /** 在资金平台中账户ID */
  account_id: Int64Input;
  /** 资金平台分配的业务类型 */
  sub_biz_type: Int64Input;
  /** 充值金额，单位分 */
  amount: Int64Input;
  /** 回传充值时传入的outBizId */
  out_biz_id: string;
  /** 用户在淘宝中userId */
  user_id: Int64Input;
  /** 环境变量值，该字段为枚举值：daily（日常），pre（预发），online（线上） */
  own_sign: string;
}

const REQUEST_SCHEMA = {
  request: {
    account_id: 'Number',
    sub_biz_type: 'Number',
    amount: 'Number',
    out_biz_id: 'String',
    user_id: 'Number',
    own_sign: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_message: 'String',
  result_code: 'String',
  success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.account.charge.notify`: method, response root, request and response schemas. */
export const alibabaFundplatformAccountChargeNotifyOperation = {
  method: 'alibaba.fundplatform.account.charge.notify',
  responseRoot: 'alibaba_fundplatform_account_charge_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 账户充值成功通知 — calls TOP method `alibaba.fundplatform.account.charge.notify`.
 *
 * 通知外部业务方充值成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformAccountChargeNotify(
  client: TopClient,
  request: AlibabaFundplatformAccountChargeNotifyRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformAccountChargeNotifyResponse> {
  return client.call<AlibabaFundplatformAccountChargeNotifyResponse>(
    {
      method: 'alibaba.fundplatform.account.charge.notify',
      responseRoot: 'alibaba_fundplatform_account_charge_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
