// Generated from specs/alihouse/alibaba.alihouse.newhome.activity.deposit.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.activity.deposit.bind` (销售活动绑定预存金商品id). */
export interface AlibabaAlihouseNewhomeActivityDepositBindRequest {
  /** 绑定预存金商品属性 */
  pre_deposit_gold_dto?: AlibabaAlihouseNewhomeActivityDepositBindPreDepositGoldDTOInput;
}

/** Response of `alibaba.alihouse.newhome.activity.deposit.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeActivityDepositBindResponse {
  /** 返回报文属性 */
  result?: AlibabaAlihouseNewhomeActivityDepositBindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PreDepositGoldDTO` of `alibaba.alihouse.newhome.activity.deposit.bind`. */
export interface AlibabaAlihouseNewhomeActivityDepositBindPreDepositGoldDTOInput {
  /** 外部楼盘id */
  outer_project_id: string;
  /** 是否解除 */
  is_deleted: Int64Input;
  /** 外部项目店id */
  outer_store_id?: string;
  /** 外部销售活动id */
  outer_sales_activity_id: string;
  /** 预存金淘宝商品id */
  item_id: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.activity.deposit.bind`. */
export interface AlibabaAlihouseNewhomeActivityDepositBindResult {
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
  pre_deposit_gold_dto: {
    outer_project_id: 'String',
    is_deleted: 'Number',
    outer_store_id: 'String',
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

/** Static description of `alibaba.alihouse.newhome.activity.deposit.bind`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeActivityDepositBindOperation = {
  method: 'alibaba.alihouse.newhome.activity.deposit.bind',
  responseRoot: 'alibaba_alihouse_newhome_activity_deposit_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售活动绑定预存金商品id — calls TOP method `alibaba.alihouse.newhome.activity.deposit.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeActivityDepositBind(
  client: TopClient,
  request: AlibabaAlihouseNewhomeActivityDepositBindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeActivityDepositBindResponse> {
  return client.call<AlibabaAlihouseNewhomeActivityDepositBindResponse>(
    {
      method: 'alibaba.alihouse.newhome.activity.deposit.bind',
      responseRoot: 'alibaba_alihouse_newhome_activity_deposit_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
