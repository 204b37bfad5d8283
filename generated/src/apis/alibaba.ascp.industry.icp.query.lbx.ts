// Generated from specs/ascpchannel/alibaba.ascp.industry.icp.query.lbx.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.industry.icp.query.lbx` (icp订单号查询lbx订单号). */
export interface AlibabaAscpIndustryIcpQueryLbxRequest {
  /** icps订单号 */
  icp_order_code?: string;
}

/** Response of `alibaba.ascp.industry.icp.query.lbx`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpIndustryIcpQueryLbxResponse {
  /** 返回值包装,result为返回具体消息内容 */
  biz_response?: AlibabaAscpIndustryIcpQueryLbxResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultWrapper` of `alibaba.ascp.industry.icp.query.lbx`. */
export interface AlibabaAscpIndustryIcpQueryLbxResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 请求的参数异常 */
  error_message?: string;
  /** 请求的参数异常code */
  error_code?: string;
  /** 内容 */
  data?: AlibabaAscpIndustryIcpQueryLbxData;
}

/** `Data` of `alibaba.ascp.industry.icp.query.lbx`. */
export interface AlibabaAscpIndustryIcpQueryLbxData {
  /** 外部icps单号 */
  out_biz_code?: string;
  /** 调拨状态 */
  transfer_order_status?: string;
  /** 单信息 */
  transfer_detail_list?: AlibabaAscpIndustryIcpQueryLbxTransferdetaildtolist[];
}

/** `Transferdetaildtolist` of `alibaba.ascp.industry.icp.query.lbx`. */
export interface AlibabaAscpIndustryIcpQueryLbxTransferdetaildtolist {
  /** 仓code */
  store_code?: string;
  /** LBX订单号 */
  unit_biz_code?: string;
  /** 1-出库单；2-入库单 */
  unit_type?: string;
  /** 出库lbx-下发仓、仓接单、部分出、全出 * 入库lbx-下发仓、仓接单、部分入、全入 */
  fulfil_uni_biz_status?: string;
  /** 品基本信息 */
  transfer_unit_order_item_list?: AlibabaAscpIndustryIcpQueryLbxTransferunitorderitemdtos[];
}

/** `Transferunitorderitemdtos` of `alibaba.ascp.industry.icp.query.lbx`. */
export interface AlibabaAscpIndustryIcpQueryLbxTransferunitorderitemdtos {
  /** LBX订单号 */
  unit_biz_code?: string;
  /** 后端货品id */
  item_id?: Int64;
  /** 后端货品名称 */
  item_name?: string;
  /** 货品条码 */
  item_code?: string;
  /** 计划下发数量 */
  plan_quantity?: Int64;
  /** 实际回传数量 */
  real_quantity?: Int64;
  /** 品信息 */
  transfer_extend_order_item_list?: AlibabaAscpIndustryIcpQueryLbxTransferextendorderitemdtolist[];
}

/** `Transferextendorderitemdtolist` of `alibaba.ascp.industry.icp.query.lbx`. */
export interface AlibabaAscpIndustryIcpQueryLbxTransferextendorderitemdtolist {
  /** 库存类型 */
  inventory_type?: Int64;
  /** 数量 */
  quantity?: Int64;
  /** 批次号 */
  batch_code?: string;
}

const REQUEST_SCHEMA = {
  icp_order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_response: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    data: {
      out_biz_code: 'String',
      transfer_order_status: 'String',
      transfer_detail_list: [
        {
          store_code: 'String',
          unit_biz_code: 'String',
          unit_type: 'String',
          fulfil_uni_biz_status: 'String',
          transfer_unit_order_item_list: [
            {
              unit_biz_code: 'String',
              item_id: 'Number',
              item_name: 'String',
              item_code: 'String',
              plan_quantity: 'Number',
              real_quantity: 'Number',
              transfer_extend_order_item_list: [
                {
                  inventory_type: 'Number',
                  quantity: 'Number',
                  batch_code: 'String',
                },
              ],
            },
          ],
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.industry.icp.query.lbx`: method, response root, request and response schemas. */
export const alibabaAscpIndustryIcpQueryLbxOperation = {
  method: 'alibaba.ascp.industry.icp.query.lbx',
  responseRoot: 'alibaba_ascp_industry_icp_query_lbx_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * icp订单号查询lbx订单号 — calls TOP method `alibaba.ascp.industry.icp.query.lbx`.
 *
 * 根据icp订单号查询lbx订单号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpIndustryIcpQueryLbx(
  client: TopClient,
  request: AlibabaAscpIndustryIcpQueryLbxRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpIndustryIcpQueryLbxResponse> {
  return client.call<AlibabaAscpIndustryIcpQueryLbxResponse>(
    {
      method: 'alibaba.ascp.industry.icp.query.lbx',
      responseRoot: 'alibaba_ascp_industry_icp_query_lbx_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
