// Generated from specs/alicom/alibaba.alicom.vt.distribute.sendcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alicom.vt.distribute.sendcode` (通信业务外放发送验证码). */
export interface AlibabaAlicomVtDistributeSendcodeRequest {
  /** 请求对象 */
  distribute_trade_msg_model?: AlibabaAlicomVtDistributeSendcodeDistributeTradeMsgModelInput;
}

/** Response of `alibaba.alicom.vt.distribute.sendcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlicomVtDistributeSendcodeResponse {
  /** result */
  result?: AlibabaAlicomVtDistributeSendcodeCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributeTradeMsgModel` of `alibaba.alicom.vt.distribute.sendcode`. */
export interface AlibabaAlicomVtDistributeSendcodeDistributeTradeMsgModelInput {
  /** 业务来源 */
  source?: string;
  /** 业务类型 */
  wt_biz_type?: string;
  /** 要办理的商品ID */
  item_id: Int64Input;
  /** 要办理的账号 */
  account: string;
}

/** `CommonResult` of `alibaba.alicom.vt.distribute.sendcode`. */
export interface AlibabaAlicomVtDistributeSendcodeCommonResult {
  /** 错误信息 */
  desc?: string;
  /** 错误码 */
  code?: string;
  /** 调用结果 */
  success?: boolean;
  /** 业务结果 */
  model?: boolean;
}

const REQUEST_SCHEMA = {
  distribute_trade_msg_model: {
    source: 'String',
    wt_biz_type: 'String',
    item_id: 'Number',
    account: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    desc: 'String',
    code: 'String',
    success: 'Boolean',
    model: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alicom.vt.distribute.sendcode`: method, response root, request and response schemas. */
export const alibabaAlicomVtDistributeSendcodeOperation = {
  method: 'alibaba.alicom.vt.distribute.sendcode',
  responseRoot: 'alibaba_alicom_vt_distribute_sendcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通信业务外放发送验证码 — calls TOP method `alibaba.alicom.vt.distribute.sendcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlicomVtDistributeSendcode(
  client: TopClient,
  request: AlibabaAlicomVtDistributeSendcodeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlicomVtDistributeSendcodeResponse> {
  return client.call<AlibabaAlicomVtDistributeSendcodeResponse>(
    {
      method: 'alibaba.alicom.vt.distribute.sendcode',
      responseRoot: 'alibaba_alicom_vt_distribute_sendcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
