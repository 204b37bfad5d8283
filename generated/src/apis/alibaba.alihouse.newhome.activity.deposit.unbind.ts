// Generated from specs/alihouse/alibaba.alihouse.newhome.activity.deposit.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.activity.deposit.unbind` (销售活动解绑预存金商品). */
export interface AlibabaAlihouseNewhomeActivityDepositUnbindRequest {
  /** 销售活动解绑预存金报文 */
  pre_deposit_gold_unbind_dto?: AlibabaAlihouseNewhomeActivityDepositUnbindPreDepositGoldUnbindDTOInput;
}

/** Response of `alibaba.alihouse.newhome.activity.deposit.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeActivityDepositUnbindResponse {
  /** 返回报文属性 */
  result?: AlibabaAlihouseNewhomeActivityDepositUnbindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PreDepositGoldUnbindDTO` of `alibaba.alihouse.newhome.activity.deposit.unbind`. */
export interface AlibabaAlihouseNewhomeActivityDepositUnbindPreDepositGoldUnbindDTOInput {
  /** 外部活动id */
  outer_sales_activity_id: string;
  /** 预存金淘宝商品id */
  item_id: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.activity.deposit.unbind`. */
export interface AlibabaAlihouseNewhomeActivityDepositUnbindResult {
  /** code */
  code?: string;
  /** 是否保存成功 */
  data?: boolean;
  /** 是否调用成功 */
  success?: boolean;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  pre_deposit_gold_unbind_dto: {
    outer_sales_activity_id: 'String',
    item_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.activity.deposit.unbind`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeActivityDepositUnbindOperation = {
  method: 'alibaba.alihouse.newhome.activity.deposit.unbind',
  responseRoot: 'alibaba_alihouse_newhome_activity_deposit_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售活动解绑预存金商品 — calls TOP method `alibaba.alihouse.newhome.activity.deposit.unbind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeActivityDepositUnbind(
  client: TopClient,
  request: AlibabaAlihouseNewhomeActivityDepositUnbindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeActivityDepositUnbindResponse> {
  return client.call<AlibabaAlihouseNewhomeActivityDepositUnbindResponse>(
    {
      method: 'alibaba.alihouse.newhome.activity.deposit.unbind',
      responseRoot: 'alibaba_alihouse_newhome_activity_deposit_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
