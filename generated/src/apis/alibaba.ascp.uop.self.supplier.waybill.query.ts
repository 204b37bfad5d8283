// Generated from specs/ascpchannel/alibaba.ascp.uop.self.supplier.waybill.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.self.supplier.waybill.query` (商家仓自营配电子面单取号). */
export interface AlibabaAscpUopSelfSupplierWaybillQueryRequest {
  /** 查询面单请求参数 */
  waybill_query_request?: AlibabaAscpUopSelfSupplierWaybillQueryWaybillqueryrequestInput;
}

/** Response of `alibaba.ascp.uop.self.supplier.waybill.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopSelfSupplierWaybillQueryResponse {
  /** 返回值包装,result为返回具体消息内容 */
  waybill_query_response?: AlibabaAscpUopSelfSupplierWaybillQueryResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Waybillqueryrequest` of `alibaba.ascp.uop.self.supplier.waybill.query`. */
export interface AlibabaAscpUopSelfSupplierWaybillQueryWaybillqueryrequestInput {
  /** 操作人id */
  operator?: string;
  /** 操作人名称 */
  operator_name?: string;
  /** 供应商id */
  supplier_id: string;
  /** 物流服务编码 */
  service_code?: string;
  /** 发货LP单号 */
  consign_lp_order_code: string;
  /** 包裹列表 */
  packages: AlibabaAscpUopSelfSupplierWaybillQueryWaybillQueryRequestDataInput[];
  /** 自营接口配业务模式，默认为1代表商家仓自营配 (为1时会强制校验发货的配CP和单号必须与取号时一致，且多包裹必须一次性发货) */
  business_model?: string;
}

/** `WaybillQueryRequestData` of `alibaba.ascp.uop.self.supplier.waybill.query`. */
export interface AlibabaAscpUopSelfSupplierWaybillQueryWaybillQueryRequestDataInput {
  /** 包裹code，同一个订单唯一，同一个lp单号多次或同一次传重复的包裹号会被幂等 */
  code: string;
  /** 包裹描述信息 */
  description?: string;
  /** 子包裹数，在快运取号场景可能会用到 */
  total_package_count?: string;
  /** 包裹重量，单位克 */
  weight?: string;
  /** 包裹体积，单位立方厘米 */
  volume?: string;
  /** 长，单位mm */
  length?: string;
  /** 宽，单位mm */
  width?: string;
  /** 高，单位mm */
  height?: string;
  /** 商品信息 */
  items?: AlibabaAscpUopSelfSupplierWaybillQueryWaybillQueryPackageItemInput[];
}

/** `WaybillQueryPackageItem` of `alibaba.ascp.uop.self.supplier.waybill.query`. */
export interface AlibabaAscpUopSelfSupplierWaybillQueryWaybillQueryPackageItemInput {
  /** 商品名称 */
  item_name?: string;
  /** 商品code */
  item_code: string;
  /** 商品数量 */
  item_count: string;
}

/** `ResultWrapper` of `alibaba.ascp.uop.self.supplier.waybill.query`. */
export interface AlibabaAscpUopSelfSupplierWaybillQueryResultWrapper {
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
  /** 返回是否成功 */
  success?: boolean;
  /** data对象 */
  data?: AlibabaAscpUopSelfSupplierWaybillQueryWaybillQueryResponseData;
}

/** `WaybillQueryResponseData` of `alibaba.ascp.uop.self.supplier.waybill.query`. */
export interface AlibabaAscpUopSelfSupplierWaybillQueryWaybillQueryResponseData {
  /** 配资源code */
  cp_res_code?: string;
  /** 配资源名称 */
  cp_res_name?: string;
  /** 配资源品牌code */
  cp_brand_code?: string;
  /** 物流公司名称 */
  logistics_company?: string;
  /** 电子面单信息 */
  waybill_cloud_print_dto_list?: AlibabaAscpUopSelfSupplierWaybillQueryWaybillCloudPrintDTO[];
}

/** `WaybillCloudPrintDTO` of `alibaba.ascp.uop.self.supplier.waybill.query`. */
export interface AlibabaAscpUopSelfSupplierWaybillQueryWaybillCloudPrintDTO {
  /** 对应传入的packageCode */
  package_code?: string;
  /** 面单号 */
  waybill_code?: string;
  /** 父面单号 本次没有，为子母单预留 */
  parent_waybill_code?: string;
  /** 面单信息 */
  print_data?: string;
}

const REQUEST_SCHEMA = {
  waybill_query_request: {
    operator: 'String',
    operator_name: 'String',
    supplier_id: 'String',
    service_code: 'String',
    consign_lp_order_code: 'String',
    packages: [
      {
        code: 'String',
        description: 'String',
        total_package_count: 'String',
        weight: 'String',
        volume: 'String',
        length: 'String',
        width: 'String',
        height: 'String',
        items: [
          {
            item_name: 'String',
            item_code: 'String',
            item_count: 'String',
          },
        ],
      },
    ],
    business_model: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  waybill_query_response: {
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
    data: {
      cp_res_code: 'String',
      cp_res_name: 'String',
      cp_brand_code: 'String',
      logistics_company: 'String',
      waybill_cloud_print_dto_list: [
        {
          package_code: 'String',
          waybill_code: 'String',
          parent_waybill_code: 'String',
          print_data: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.self.supplier.waybill.query`: method, response root, request and response schemas. */
export const alibabaAscpUopSelfSupplierWaybillQueryOperation = {
  method: 'alibaba.ascp.uop.self.supplier.waybill.query',
  responseRoot: 'alibaba_ascp_uop_self_supplier_waybill_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家仓自营配电子面单取号 — calls TOP method `alibaba.ascp.uop.self.supplier.waybill.query`.
 *
 * ERP调用打印面单取号接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopSelfSupplierWaybillQuery(
  client: TopClient,
  request: AlibabaAscpUopSelfSupplierWaybillQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpUopSelfSupplierWaybillQueryResponse> {
  return client.call<AlibabaAscpUopSelfSupplierWaybillQueryResponse>(
    {
      method: 'alibaba.ascp.uop.self.supplier.waybill.query',
      responseRoot: 'alibaba_ascp_uop_self_supplier_waybill_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
