// Generated from specs/alihouse/alibaba.alihouse.existinghome.entrustselling.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.entrustselling.update` (管家状态及房源信息接口). */
export interface AlibabaAlihouseExistinghomeEntrustsellingUpdateRequest {
  /** 参数 */
  customer_entrust_selling_req: AlibabaAlihouseExistinghomeEntrustsellingUpdateCustomerEntrustSellingReqInput;
}

/** Response of `alibaba.alihouse.existinghome.entrustselling.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeEntrustsellingUpdateResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeEntrustsellingUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CustomerEntrustSellingReq` of `alibaba.alihouse.existinghome.entrustselling.update`. */
export interface AlibabaAlihouseExistinghomeEntrustsellingUpdateCustomerEntrustSellingReqInput {
  /** 委托状态 */
  entrusted_status: Int64Input;
  /** 管家ID */
  butler_service_id: Int64Input;
  /** 委托业务主ID */
  entrust_selling_id: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.entrustselling.update`. */
export interface AlibabaAlihouseExistinghomeEntrustsellingUpdateResult {
  /** 返回信息 */
  msg?: string;
  /** code */
  code?: string;
  /** 返回素材id */
  data?: boolean;
  /** 是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  customer_entrust_selling_req: {
    entrusted_status: 'Number',
    butler_service_id: 'Number',
    entrust_selling_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    data: 'Boolean',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.entrustselling.update`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeEntrustsellingUpdateOperation = {
  method: 'alibaba.alihouse.existinghome.entrustselling.update',
  responseRoot: 'alibaba_alihouse_existinghome_entrustselling_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 管家状态及房源信息接口 — calls TOP method `alibaba.alihouse.existinghome.entrustselling.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeEntrustsellingUpdate(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeEntrustsellingUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeEntrustsellingUpdateResponse> {
  return client.call<AlibabaAlihouseExistinghomeEntrustsellingUpdateResponse>(
    {
      method: 'alibaba.alihouse.existinghome.entrustselling.update',
      responseRoot: 'alibaba_alihouse_existinghome_entrustselling_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
