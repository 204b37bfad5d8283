// Generated from specs/wdk/alibaba.wdk.wholesale.outboundorder.commit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.wholesale.outboundorder.commit` (盒马帮发货信息回传接口). */
export interface AlibabaWdkWholesaleOutboundorderCommitRequest {
  /** 发货信息参数 */
  outbound_info_commit_req: AlibabaWdkWholesaleOutboundorderCommitOutboundInfoCommitReqInput;
}

/** Response of `alibaba.wdk.wholesale.outboundorder.commit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkWholesaleOutboundorderCommitResponse {
  /** result */
  result?: AlibabaWdkWholesaleOutboundorderCommitApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OutboundInfoCommitReq` of `alibaba.wdk.wholesale.outboundorder.commit`. */
export interface AlibabaWdkWholesaleOutboundorderCommitOutboundInfoCommitReqInput {
  /** 商品列表 */
  outbound_item_infos: AlibabaWdkWholesaleOutboundorderCommitOutboundItemInfoInput[];
  /** 预计到货时间 */
  estimated_arrival_at: DateInput;
  /** 出货时间 */
  outbound_at: DateInput;
  /** 收货类型(信任收货、非信任收货) */
  trusted_inbound: boolean;
  /** 供应商名称 */
  supplier_name: string;
  /** 供应商编码 */
  supplier_code: string;
  /** asn单号 */
  asn_order_no: string;
  /** 商家编码，已经废弃 */
  merchant_code?: string;
}

/** `OutboundItemInfo` of `alibaba.wdk.wholesale.outboundorder.commit`. */
export interface AlibabaWdkWholesaleOutboundorderCommitOutboundItemInfoInput {
  /** 批发单号 */
  wholesale_order_no?: string;
  /** 已废弃，请使用containers.production_date */
  production_date?: DateInput;
  /** 是否完结 */
  outbound_completed: boolean;
  /** 出库数量(为正数或零) */
  outbound_quantity: string;
  /** 商品编码 */
  sku_code: string;
  /** 外部单号，如采购单号 */
  external_order_no: string;
  /** 容器信息 */
  containers?: AlibabaWdkWholesaleOutboundorderCommitContainerDoInput[];
}

/** `ContainerDo` of `alibaba.wdk.wholesale.outboundorder.commit`. */
export interface AlibabaWdkWholesaleOutboundorderCommitContainerDoInput {
  /** 数量 */
  quantity?: string;
  /** 容器编码 */
  container_code?: string;
  /** 生产日期 */
  production_date?: DateInput;
}

/** `ApiResult` of `alibaba.wdk.wholesale.outboundorder.commit`. */
export interface AlibabaWdkWholesaleOutboundorderCommitApiResult {
  /** 是否成功 */
  success?: boolean;
  /** errCode */
  err_code?: string;
  /** errMsg */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  outbound_info_commit_req: {
    outbound_item_infos: [
      {
        wholesale_order_no: 'String',
        production_date: 'Date',
        outbound_completed: 'Boolean',
        outbound_quantity: 'String',
        sku_code: 'String',
        external_order_no: 'String',
        containers: [
          {
            quantity: 'String',
            container_code: 'String',
            production_date: 'Date',
          },
        ],
      },
    ],
    estimated_arrival_at: 'Date',
    outbound_at: 'Date',
    trusted_inbound: 'Boolean',
    supplier_name: 'String',
    supplier_code: 'String',
    asn_order_no: 'String',
    merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.wholesale.outboundorder.commit`: method, response root, request and response schemas. */
export const alibabaWdkWholesaleOutboundorderCommitOperation = {
  method: 'alibaba.wdk.wholesale.outboundorder.commit',
  responseRoot: 'alibaba_wdk_wholesale_outboundorder_commit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 盒马帮发货信息回传接口 — calls TOP method `alibaba.wdk.wholesale.outboundorder.commit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkWholesaleOutboundorderCommit(
  client: TopClient,
  request: AlibabaWdkWholesaleOutboundorderCommitRequest,
  options?: CallOptions,
): Promise<AlibabaWdkWholesaleOutboundorderCommitResponse> {
  return client.call<AlibabaWdkWholesaleOutboundorderCommitResponse>(
    {
      method: 'alibaba.wdk.wholesale.outboundorder.commit',
      responseRoot: 'alibaba_wdk_wholesale_outboundorder_commit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
