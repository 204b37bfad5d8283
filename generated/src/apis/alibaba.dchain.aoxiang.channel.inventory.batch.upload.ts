// Generated from specs/ascp/alibaba.dchain.aoxiang.channel.inventory.batch.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.channel.inventory.batch.upload` (ERP全量同步销售库存数量). */
export interface AlibabaDchainAoxiangChannelInventoryBatchUploadRequest {
  /** 上传渠道库存量入参 */
  batch_upload_channel_inventory_request?: AlibabaDchainAoxiangChannelInventoryBatchUploadBatchUploadChannelInventoryRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.channel.inventory.batch.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangChannelInventoryBatchUploadResponse {
  /** 返回结构体 */
  batch_upload_channel_inventory_response?: AlibabaDchainAoxiangChannelInventoryBatchUploadBatchUploadChannelInventoryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchUploadChannelInventoryRequest` of `alibaba.dchain.aoxiang.channel.inventory.batch.upload`. */
export interface AlibabaDchainAoxiangChannelInventoryBatchUploadBatchUploadChannelInventoryRequestInput {
  /** 渠道库存量，批量不超过50 */
  channels_inventory: AlibabaDchainAoxiangChannelInventoryBatchUploadChannelInventoryInput[];
  /** 库存变动时间 */
  request_time: Int64Input;
  /** 请求ID，用于幂等 */
  request_id: string;
  /** 操作人，用于记录操作记录 */
  operator?: string;
}

/** `ChannelInventory` of `alibaba.dchain.aoxiang.channel.inventory.batch.upload`. */
export interface AlibabaDchainAoxiangChannelInventoryBatchUploadChannelInventoryInput {
  /** 渠道，默认1000代表淘系渠道，预留后面可能猫超等渠道 */
  channel?: string;
  /** 货主编码；优仓分配，长度不会超过32位，不含特殊字符 */
  owner_code: string;
  /** 仓库编码 */
  warehouse_code: string;
  /** 商家货品编码 */
  sc_item_code: string;
  /** 库存数量 */
  quantity: Int64Input;
}

/** `BatchUploadChannelInventoryResponse` of `alibaba.dchain.aoxiang.channel.inventory.batch.upload`. */
export interface AlibabaDchainAoxiangChannelInventoryBatchUploadBatchUploadChannelInventoryResponse {
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangChannelInventoryBatchUploadBatchUploadChannelInventoryResult;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

/** `BatchUploadChannelInventoryResult` of `alibaba.dchain.aoxiang.channel.inventory.batch.upload`. */
export interface AlibabaDchainAoxiangChannelInventoryBatchUploadBatchUploadChannelInventoryResult {
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 结果明细 */
  detail?: AlibabaDchainAoxiangChannelInventoryBatchUploadDetailItem[];
}

/** `DetailItem` of `alibaba.dchain.aoxiang.channel.inventory.batch.upload`. */
export interface AlibabaDchainAoxiangChannelInventoryBatchUploadDetailItem {
  /** true|false */
  success?: boolean;
  /** 返回信息码 */
  code?: string;
  /** 返回信息 */
  message?: string;
  /** 货主编码 */
  owner_code?: string;
  /** 仓库编码 */
  warehouse_code?: string;
  /** 商家货品编码 */
  sc_item_code?: string;
}

const REQUEST_SCHEMA = {
  batch_upload_channel_inventory_request: {
    channels_inventory: [
      {
        channel: 'String',
        owner_code: 'String',
        warehouse_code: 'String',
        sc_item_code: 'String',
        quantity: 'Number',
      },
    ],
    request_time: 'Number',
    request_id: 'String',
    operator: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  batch_upload_channel_inventory_response: {
    data: {
      result: 'String',
      detail: [
        {
          success: 'Boolean',
          code: 'String',
          message: 'String',
          owner_code: 'String',
          warehouse_code: 'String',
          sc_item_code: 'String',
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.channel.inventory.batch.upload`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangChannelInventoryBatchUploadOperation = {
  method: 'alibaba.dchain.aoxiang.channel.inventory.batch.upload',
  responseRoot: 'alibaba_dchain_aoxiang_channel_inventory_batch_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ERP全量同步销售库存数量 — calls TOP method `alibaba.dchain.aoxiang.channel.inventory.batch.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangChannelInventoryBatchUpload(
  client: TopClient,
  request: AlibabaDchainAoxiangChannelInventoryBatchUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangChannelInventoryBatchUploadResponse> {
  return client.call<AlibabaDchainAoxiangChannelInventoryBatchUploadResponse>(
    {
      method: 'alibaba.dchain.aoxiang.channel.inventory.batch.upload',
      responseRoot: 'alibaba_dchain_aoxiang_channel_inventory_batch_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
