// Generated from specs/drugtrace/alibaba.alihealth.drug.code.list.code.supervise.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.list.code.supervise` (根据码获取码信息-监管). */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseRequest {
  /**
   * 追溯码
   *
   * Max list size: 400
   */
  code_list: string[];
  /** ISV开放平台帐号标识 */
  cert_isv_no: string;
  /** 调用方式：formal-正式、test-测试 */
  invocation: string;
  /** 终端类型 1005100-零售药店 ；10052-医疗机构 10053-建行智能pos机，10054-建行裕农通，10055-建行手机银行，10056-建行龙易行，10057-建行APP，10058-建行自助设备，10059-建行扫码设备 */
  terminal_type: string;
  /** 调用零售药店名称 */
  terminal_name?: string;
  /** 门店所属的行政区域ID */
  bureau_id: string;
  /** 零售终端id */
  terminal_ent_id: string;
}

/** Response of `alibaba.alihealth.drug.code.list.code.supervise`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseResponse {
  /** 最外层结果 */
  result?: AlibabaAlihealthDrugCodeListCodeSuperviseResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultModel` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseResultModel {
  /** 内层大对象 */
  models?: AlibabaAlihealthDrugCodeListCodeSuperviseCodeFullInfoDto[];
  /** 消息码 */
  msg_code?: string;
  /** 消息提示内容 */
  msg_info?: string;
  /** 查询成功失败标记 */
  success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseCodeFullInfoDto {
  /** 表示成功 */
  msg_code?: string;
  /** 码生产信息对象 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugCodeListCodeSuperviseCodeProduceInfoDto;
  /** 药品基本信息对象 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugCodeListCodeSuperviseDrugEntBaseDto;
  /** 企业信息对象 */
  p_user_ent_d_t_o?: AlibabaAlihealthDrugCodeListCodeSupervisePUserEntDto;
  /** 追溯码状态对象 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugCodeListCodeSuperviseCodeStatusTypeDto;
  /** 码包装层级 */
  package_level?: Int64;
  /** 追溯码 */
  code?: string;
  /** 单据流向信息 */
  bill_in_out_d_t_o_s?: AlibabaAlihealthDrugCodeListCodeSuperviseBillInOutDto[];
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseCodeProduceInfoDto {
  /** 包装比例 */
  pkg_ratio?: string;
  /** 生产信息集合 */
  produce_info_list?: AlibabaAlihealthDrugCodeListCodeSuperviseProduceInfoDto[];
}

/** `ProduceInfoDto` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseProduceInfoDto {
  /** 批次号 */
  batch_no?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 有效期至 */
  expire_date?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseDrugEntBaseDto {
  /** 药品名称 */
  physic_name?: string;
  /** 药品类型描述 */
  physic_type_desc?: string;
  /** 包装规格 */
  pkg_spec_crit?: string;
  /** 制剂规格 */
  prepn_spec?: string;
  /** 剂型描述 */
  prepn_type_desc?: string;
  /** 有效期长度 */
  exprie?: string;
  /** 批准文号 */
  sdc_code?: string;
  /** 药品子类编码 */
  prod_code?: string;
  /** 批准文号 */
  approval_licence_no?: string;
}

/** `PUserEntDto` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSupervisePUserEntDto {
  /** 生产企业名称 */
  ent_name_new?: string;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseCodeStatusTypeDto {
  /** 医保核销次数 */
  check_count?: Int64;
  /** 码状态 */
  code_status_num?: string;
  /** 最小包装数量 */
  code_count?: Int64;
}

/** `BillInOutDto` of `alibaba.alihealth.drug.code.list.code.supervise`. */
export interface AlibabaAlihealthDrugCodeListCodeSuperviseBillInOutDto {
  /** 收货单位名称 */
  to_user_name?: string;
  /** 发货单位名称 */
  from_user_name?: string;
  /** 单据编号 */
  bill_code?: string;
  /** 入出库时间 */
  bill_time_str?: string;
  /** 单据类型 */
  bill_type_str?: string;
  /** 文件名 */
  upload_file_name?: string;
  /** 创建时间 */
  crt_date?: string;
}

const REQUEST_SCHEMA = {
  code_list: ['String'],
  cert_isv_no: 'String',
  invocation: 'String',
  terminal_type: 'String',
  terminal_name: 'String',
  bureau_id: 'String',
  terminal_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        msg_code: 'String',
        code_produce_info_d_t_o: {
          pkg_ratio: 'String',
          produce_info_list: [
            {
              batch_no: 'String',
              produce_date: 'Date',
              expire_date: 'String',
            },
          ],
        },
        drug_ent_base_d_t_o: {
          physic_name: 'String',
          physic_type_desc: 'String',
          pkg_spec_crit: 'String',
          prepn_spec: 'String',
          prepn_type_desc: 'String',
          exprie: 'String',
          sdc_code: 'String',
          prod_code: 'String',
          approval_licence_no: 'String',
        },
        p_user_ent_d_t_o: {
          ent_name_new: 'String',
        },
        code_status_type_d_t_o: {
          check_count: 'Number',
          code_status_num: 'String',
          code_count: 'Number',
        },
        package_level: 'Number',
        code: 'String',
        bill_in_out_d_t_o_s: [
          {
            to_user_name: 'String',
            from_user_name: 'String',
            bill_code: 'String',
            bill_time_str: 'String',
            bill_type_str: 'String',
            upload_file_name: 'String',
            crt_date: 'Date',
          },
        ],
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.list.code.supervise`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeListCodeSuperviseOperation = {
  method: 'alibaba.alihealth.drug.code.list.code.supervise',
  responseRoot: 'alibaba_alihealth_drug_code_list_code_supervise_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据码获取码信息-监管 — calls TOP method `alibaba.alihealth.drug.code.list.code.supervise`.
 *
 * 服务描述
 * 医保鉴证核查是基于在两定机构的药品管理（入库、出库或盘点）环节，增加扫码匹配
 * 与验证鉴核流程；
 * 此接口，针对有码药品，提供可通过追溯码获取该药品的基础信息和生产状况信息；
 * 若所传的监管码是非最小包装监管码，且存在药品混包的情况，则此接口不支持。这种
 * 情况下，需要分多次调用该接口。
 * 核查平台优先过滤非8开头的，长度非20位数字的码信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeListCodeSupervise(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeListCodeSuperviseRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeListCodeSuperviseResponse> {
  return client.call<AlibabaAlihealthDrugCodeListCodeSuperviseResponse>(
    {
      method: 'alibaba.alihealth.drug.code.list.code.supervise',
      responseRoot: 'alibaba_alihealth_drug_code_list_code_supervise_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
