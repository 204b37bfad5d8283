// Generated from specs/inventory/alibaba.retail.device.inventory.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.device.inventory.sync` (库存同步接口). */
export interface AlibabaRetailDeviceInventorySyncRequest {
  /** 设备类型 */
  device_type: string;
  /** 设备Id */
  device_id: string;
  /**
   * 系统自动生成
   *
   * Max list size: 100
   */
  inventory_dtos: AlibabaRetailDeviceInventorySyncInventorySyncDTOInput[];
  /** 系统自动生成 */
  device_option?: AlibabaRetailDeviceInventorySyncInventorySyncOptionInput;
}

/** Response of `alibaba.retail.device.inventory.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailDeviceInventorySyncResponse {
  /** result */
  result?: AlibabaRetailDeviceInventorySyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InventorySyncDTO` of `alibaba.retail.device.inventory.sync`. */
export interface AlibabaRetailDeviceInventorySyncInventorySyncDTOInput {
  /** 商品ID */
  item_id: Int64Input;
  /** 库存数量 */
  item_amount: Int64Input;
}

/** `InventorySyncOption` of `alibaba.retail.device.inventory.sync`. */
export interface AlibabaRetailDeviceInventorySyncInventorySyncOptionInput {
  /** 业务 */
  biz_name?: string;
}

/** `Result` of `alibaba.retail.device.inventory.sync`. */
export interface AlibabaRetailDeviceInventorySyncResult {
  /** errorInfos */
  error_infos?: AlibabaRetailDeviceInventorySyncErrorInfo[];
  /** success */
  success?: boolean;
}

/** `ErrorInfo` of `alibaba.retail.device.inventory.sync`. */
export interface AlibabaRetailDeviceInventorySyncErrorInfo {
  /** errorCode */
  error_code?: string;
  /** subErrorCode */
  sub_error_code?: string;
  /** errorMessage */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  device_type: 'String',
  device_id: 'String',
  inventory_dtos: [
    {
      item_id: 'Number',
      item_amount: 'Number',
    },
  ],
  device_option: {
    biz_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_infos: [
      {
        error_code: 'String',
        sub_error_code: 'String',
        error_message: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.device.inventory.sync`: method, response root, request and response schemas. */
export const alibabaRetailDeviceInventorySyncOperation = {
  method: 'alibaba.retail.device.inventory.sync',
  responseRoot: 'alibaba_retail_device_inventory_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 库存同步接口 — calls TOP method `alibaba.retail.device.inventory.sync`.
 *
 * 商库存同步接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailDeviceInventorySync(
  client: TopClient,
  request: AlibabaRetailDeviceInventorySyncRequest,
  options?: CallOptions,
): Promise<AlibabaRetailDeviceInventorySyncResponse> {
  return client.call<AlibabaRetailDeviceInventorySyncResponse>(
    {
      method: 'alibaba.retail.device.inventory.sync',
      responseRoot: 'alibaba_retail_device_inventory_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
