// Generated from specs/ascp/alibaba.tianmao.inventory.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianmao.inventory.modify` (阿里巴巴.天猫.aic库存.修改). */
export interface AlibabaTianmaoInventoryModifyRequest {
  /** 修改库存模型 */
  hi_erp_modify_inventory_req: AlibabaTianmaoInventoryModifyHiErpModifyInventoryReqInput;
}

/** Response of `alibaba.tianmao.inventory.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianmaoInventoryModifyResponse {
  /** 结果 */
  result?: AlibabaTianmaoInventoryModifyBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HiErpModifyInventoryReq` of `alibaba.tianmao.inventory.modify`. */
export interface AlibabaTianmaoInventoryModifyHiErpModifyInventoryReqInput {
  /** 货品ID（优先读货品ID，货品ID为空才读货品编码） */
  item_id?: Int64Input;
  /** 操作数量（正数为增加库存，负数为减少库存） */
  number: Int64Input;
  /** 货品编码（优先读货品ID，货品ID为空才读货品编码） */
  item_code?: string;
  /** 货主ID */
  owner_id: Int64Input;
  /** 仓编码 */
  store_code: string;
}

/** `BaseResult` of `alibaba.tianmao.inventory.modify`. */
export interface AlibabaTianmaoInventoryModifyBaseResult {
  /** 库存操作返回模型 */
  result?: AlibabaTianmaoInventoryModifyHiErpModifyInventoryResp;
  /** 通常用于success为true时的页面提示 */
  msg?: string;
  /** false：失败 true：成功 */
  success?: boolean;
  /** 错误编码，通常用于success字段值为false时 */
  error_code?: string;
  /** 错误原因，通常用于success字段值为false时 */
  error_msg?: string;
}

/** `HiErpModifyInventoryResp` of `alibaba.tianmao.inventory.modify`. */
export interface AlibabaTianmaoInventoryModifyHiErpModifyInventoryResp {
  /** 货品ID */
  item_id?: Int64;
  /** 仓编码 */
  store_code?: string;
  /** 当前库存数量 */
  current_number?: Int64;
  /** 货品编码 */
  item_code?: string;
}

const REQUEST_SCHEMA = {
  hi_erp_modify_inventory_req: {
    item_id: 'Number',
    number: 'Number',
    item_code: 'String',
    owner_id: 'Number',
    store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      item_id: 'Number',
      store_code: 'String',
      current_number: 'Number',
      item_code: 'String',
    },
    msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianmao.inventory.modify`: method, response root, request and response schemas. */
export const alibabaTianmaoInventoryModifyOperation = {
  method: 'alibaba.tianmao.inventory.modify',
  responseRoot: 'alibaba_tianmao_inventory_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴.天猫.aic库存.修改 — calls TOP method `alibaba.tianmao.inventory.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianmaoInventoryModify(
  client: TopClient,
  request: AlibabaTianmaoInventoryModifyRequest,
  options?: CallOptions,
): Promise<AlibabaTianmaoInventoryModifyResponse> {
  return client.call<AlibabaTianmaoInventoryModifyResponse>(
    {
      method: 'alibaba.tianmao.inventory.modify',
      responseRoot: 'alibaba_tianmao_inventory_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
