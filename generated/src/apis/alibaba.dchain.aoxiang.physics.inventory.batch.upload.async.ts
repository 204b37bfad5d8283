// Generated from specs/ascp/alibaba.dchain.aoxiang.physics.inventory.batch.upload.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async` (实仓库存同步). */
export interface AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncRequest {
  /** 请求入参 */
  inventory_upload_request: AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncInventoryBatchUploadAsyncRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncResponse {
  /** 请求出参 */
  inventory_upload_response?: AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncInventoryUploadAsyncResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventoryBatchUploadAsyncRequest` of `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async`. */
export interface AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncInventoryBatchUploadAsyncRequestInput {
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 库存信息 */
  physics_inventory: AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncPhysicsInventoryInput[];
}

/** `PhysicsInventory` of `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async`. */
export interface AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncPhysicsInventoryInput {
  /** 仓库编码，string（50) 卖家下唯一主键 */
  erp_warehouse_code: string;
  /** ERP货品id，ERP内部系统货品唯一识别标识 */
  sc_item_id?: string;
  /** 仓可用正品库存数量 */
  avaliable_quantity: Int64Input;
  /** 仓实际正品库存总数 */
  total_quantity: Int64Input;
}

/** `InventoryUploadAsyncResponse` of `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async`. */
export interface AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncInventoryUploadAsyncResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncDataDetail[];
  /** 0=接收失败，1=接收成功 */
  result?: string;
}

/** `DataDetail` of `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async`. */
export interface AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncDataDetail {
  /** ERP货品id，ERP内部系统货品唯一识别标识 */
  sc_item_id?: string;
  /** 仓库编码，string（50) 卖家下唯一主键 */
  erp_warehouse_code?: string;
  /** 响应码 */
  err_code?: string;
  /** 响应信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  inventory_upload_request: {
    request_time: 'Number',
    request_id: 'String',
    physics_inventory: [
      {
        erp_warehouse_code: 'String',
        sc_item_id: 'String',
        avaliable_quantity: 'Number',
        total_quantity: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  inventory_upload_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    data: [
      {
        sc_item_id: 'String',
        erp_warehouse_code: 'String',
        err_code: 'String',
        err_msg: 'String',
      },
    ],
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncOperation = {
  method: 'alibaba.dchain.aoxiang.physics.inventory.batch.upload.async',
  responseRoot: 'alibaba_dchain_aoxiang_physics_inventory_batch_upload_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 实仓库存同步 — calls TOP method `alibaba.dchain.aoxiang.physics.inventory.batch.upload.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangPhysicsInventoryBatchUploadAsync(
  client: TopClient,
  request: AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncResponse> {
  return client.call<AlibabaDchainAoxiangPhysicsInventoryBatchUploadAsyncResponse>(
    {
      method: 'alibaba.dchain.aoxiang.physics.inventory.batch.upload.async',
      responseRoot: 'alibaba_dchain_aoxiang_physics_inventory_batch_upload_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
