// Generated from specs/ascp/alibaba.dchain.aoxiang.warehouse.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.warehouse.status.update` (启用/停用仓资源). */
export interface AlibabaDchainAoxiangWarehouseStatusUpdateRequest {
  /** 启用/停用仓资源入参 */
  warehouse_status_update_request: AlibabaDchainAoxiangWarehouseStatusUpdateWarehouseStatusUpdateRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.warehouse.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangWarehouseStatusUpdateResponse {
  /** 启用/停用仓资源出参 */
  warehouse_status_update_response?: AlibabaDchainAoxiangWarehouseStatusUpdateWarehouseStatusUpdateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseStatusUpdateRequest` of `alibaba.dchain.aoxiang.warehouse.status.update`. */
export interface AlibabaDchainAoxiangWarehouseStatusUpdateWarehouseStatusUpdateRequestInput {
  /** 资源编码，string（50) 货主下唯一主键 仓资源或者配资源的唯一编码（会员ID+仓ID/配ID） */
  erp_warehouse_code: string;
  /** 状态：0=停用；1=启用 */
  status: string;
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
}

/** `WarehouseStatusUpdateResponse` of `alibaba.dchain.aoxiang.warehouse.status.update`. */
export interface AlibabaDchainAoxiangWarehouseStatusUpdateWarehouseStatusUpdateResponse {
  /** 系统成功失败 true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  warehouse_status_update_request: {
    erp_warehouse_code: 'String',
    status: 'String',
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  warehouse_status_update_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.warehouse.status.update`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangWarehouseStatusUpdateOperation = {
  method: 'alibaba.dchain.aoxiang.warehouse.status.update',
  responseRoot: 'alibaba_dchain_aoxiang_warehouse_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 启用/停用仓资源 — calls TOP method `alibaba.dchain.aoxiang.warehouse.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangWarehouseStatusUpdate(
  client: TopClient,
  request: AlibabaDchainAoxiangWarehouseStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangWarehouseStatusUpdateResponse> {
  return client.call<AlibabaDchainAoxiangWarehouseStatusUpdateResponse>(
    {
      method: 'alibaba.dchain.aoxiang.warehouse.status.update',
      responseRoot: 'alibaba_dchain_aoxiang_warehouse_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
