// Generated from specs/drugtrace/alibaba.alihealth.drug.code.advance.bill.flow.direction.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.advance.bill.flow.direction` (单据流向查询). */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionRequest {
  /** 追溯码 */
  code: string;
}

/** Response of `alibaba.alihealth.drug.code.advance.bill.flow.direction`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drug.code.advance.bill.flow.direction`. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionTopResultModel {
  /** 顶层结构 */
  model?: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionAdvanceCodeSearchDto;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
}

/** `AdvanceCodeSearchDto` of `alibaba.alihealth.drug.code.advance.bill.flow.direction`. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionAdvanceCodeSearchDto {
  /** 顶层结构 */
  piats_code_flow_response_d_t_o?: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionPiatsCodeFlowResponseDto;
}

/** `PiatsCodeFlowResponseDto` of `alibaba.alihealth.drug.code.advance.bill.flow.direction`. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionPiatsCodeFlowResponseDto {
  /** 头部结构 */
  header?: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionHeader;
  /** 内容体 */
  response_body?: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionResponseBody;
}

/** `Header` of `alibaba.alihealth.drug.code.advance.bill.flow.direction`. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionHeader {
  /** 消息 */
  err_msg?: string;
  /** 标记 */
  success_flag?: string;
  /** 错误编码 */
  err_code?: string;
}

/** `ResponseBody` of `alibaba.alihealth.drug.code.advance.bill.flow.direction`. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionResponseBody {
  /** 流向对象 */
  flow_list?: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionFlowEntity[];
  /** 商品信息、生产信息 */
  product_info_list?: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionProductInfoList;
  /** 首次查询时间 */
  first_query_time?: string;
  /** 最后操作时间 */
  last_biz_date?: string;
  /** 药品状态 */
  status?: string;
  /** 查询次数 */
  query_count?: string;
}

/** `FlowEntity` of `alibaba.alihealth.drug.code.advance.bill.flow.direction`. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionFlowEntity {
  /** 发货企业名称 */
  from_ent_name?: string;
  /** 企业所属省 */
  ent_prov_name?: string;
  /** 出库单单据号 */
  out_bill_code?: string;
  /** 入库单单据号 */
  in_bill_code?: string;
  /** 出库单类型 */
  out_type?: string;
  /** 入库单类型 */
  in_type?: string;
  /** 出库单id */
  out_bill_id?: string;
  /** 入库单id */
  in_bill_id?: string;
  /** 出库时间 */
  out_date?: string;
  /** 入库时间 */
  in_date?: string;
  /** 入库单类型编码 */
  in_type_code?: Int64;
  /** 出库单类型编码 */
  out_type_code?: string;
  /** 收货企业id */
  to_ent_id?: string;
  /** 收货企业名称 */
  to_ent_name?: string;
  /** 企业类型 */
  ent_type?: Int64;
  /** 企业id */
  ent_id?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 发货企业id */
  from_ent_id?: string;
}

/** `ProductInfoList` of `alibaba.alihealth.drug.code.advance.bill.flow.direction`. */
export interface AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionProductInfoList {
  /** 药品详细类型 */
  physic_detail_type?: Int64;
  /** 69码 */
  ean?: string;
  /** 国药准字 */
  authorized_no?: string;
  /** 企业id */
  ent_id?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 包装数量 */
  pkg_num?: Int64;
  /** 制剂单位 */
  prepn_unit?: string;
  /** 商品码 */
  product_code?: string;
  /** 药品编号 */
  physic_code?: string;
  /** 有效期至 */
  exprie_date?: string;
  /** 生产日期 */
  product_date?: string;
  /** 批次号 */
  product_batch_no?: string;
  /** 药品数量 */
  drug_num?: Int64;
  /** 企业名称 */
  ent_name?: string;
  /** 包装规格单位 */
  pkg_spec_unit?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 制剂类型 */
  prepn_type?: string;
  /** 药品名称 */
  product_name?: string;
  /** 药品通用名 */
  drug_physic_name?: string;
  /** 生产信息id */
  produce_info_id?: string;
  /** 药品id */
  drug_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      piats_code_flow_response_d_t_o: {
        header: {
          err_msg: 'String',
          success_flag: 'String',
          err_code: 'String',
        },
        response_body: {
          flow_list: [
            {
              from_ent_name: 'String',
              ent_prov_name: 'String',
              out_bill_code: 'String',
              in_bill_code: 'String',
              out_type: 'String',
              in_type: 'String',
              out_bill_id: 'String',
              in_bill_id: 'String',
              out_date: 'String',
              in_date: 'String',
              in_type_code: 'Number',
              out_type_code: 'String',
              to_ent_id: 'String',
              to_ent_name: 'String',
              ent_type: 'Number',
              ent_id: 'String',
              ent_name: 'String',
              from_ent_id: 'String',
            },
          ],
          product_info_list: {
            physic_detail_type: 'Number',
            ean: 'String',
            authorized_no: 'String',
            ent_id: 'String',
            physic_type: 'String',
            pkg_num: 'Number',
            prepn_unit: 'String',
            product_code: 'String',
            physic_code: 'String',
            exprie_date: 'String',
            product_date: 'String',
            product_batch_no: 'String',
            drug_num: 'Number',
            ent_name: 'String',
            pkg_spec_unit: 'String',
            pkg_spec: 'String',
            prepn_spec: 'String',
            prepn_type: 'String',
            product_name: 'String',
            drug_physic_name: 'String',
            produce_info_id: 'String',
            drug_id: 'String',
          },
          first_query_time: 'String',
          last_biz_date: 'String',
          status: 'String',
          query_count: 'String',
        },
      },
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.advance.bill.flow.direction`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeAdvanceBillFlowDirectionOperation = {
  method: 'alibaba.alihealth.drug.code.advance.bill.flow.direction',
  responseRoot: 'alibaba_alihealth_drug_code_advance_bill_flow_direction_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单据流向查询 — calls TOP method `alibaba.alihealth.drug.code.advance.bill.flow.direction`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeAdvanceBillFlowDirection(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionResponse> {
  return client.call<AlibabaAlihealthDrugCodeAdvanceBillFlowDirectionResponse>(
    {
      method: 'alibaba.alihealth.drug.code.advance.bill.flow.direction',
      responseRoot: 'alibaba_alihealth_drug_code_advance_bill_flow_direction_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
