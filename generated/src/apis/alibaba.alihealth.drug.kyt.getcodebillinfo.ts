// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.getcodebillinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.getcodebillinfo` (根据码获取基本和单据信息). */
export interface AlibabaAlihealthDrugKytGetcodebillinfoRequest {
  /** 企业ID */
  ref_ent_id: string;
  /** 码 */
  code: string;
}

/** Response of `alibaba.alihealth.drug.kyt.getcodebillinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytGetcodebillinfoResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthDrugKytGetcodebillinfoTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drug.kyt.getcodebillinfo`. */
export interface AlibabaAlihealthDrugKytGetcodebillinfoTopResultModel {
  /** model */
  model?: AlibabaAlihealthDrugKytGetcodebillinfoCodeFullInfoDto;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
  /** 调用成功 */
  response_success?: boolean;
}

/** `CodeFullInfoDto` of `alibaba.alihealth.drug.kyt.getcodebillinfo`. */
export interface AlibabaAlihealthDrugKytGetcodebillinfoCodeFullInfoDto {
  /** 包装层级 */
  package_level?: Int64;
  /** 码状态 */
  code_status_type_d_t_o?: AlibabaAlihealthDrugKytGetcodebillinfoCodeStatusTypeDto;
  /** 追溯码流向信息 */
  bill_in_out_d_t_o_s?: AlibabaAlihealthDrugKytGetcodebillinfoBillInOutDto[];
  /** 生产信息 */
  code_produce_info_d_t_o?: AlibabaAlihealthDrugKytGetcodebillinfoCodeProduceInfoDto;
  /** 药品信息 */
  drug_ent_base_d_t_o?: AlibabaAlihealthDrugKytGetcodebillinfoDrugEntBaseDto;
}

/** `CodeStatusTypeDto` of `alibaba.alihealth.drug.kyt.getcodebillinfo`. */
export interface AlibabaAlihealthDrugKytGetcodebillinfoCodeStatusTypeDto {
  /** 追溯码是否在本企业 */
  curr_ent_str?: string;
  /** 追溯码状态描述 */
  verification_type_str?: string;
  /** 追溯码状态 */
  verification_type?: string;
}

/** `BillInOutDto` of `alibaba.alihealth.drug.kyt.getcodebillinfo`. */
export interface AlibabaAlihealthDrugKytGetcodebillinfoBillInOutDto {
  /** 单据类型描述 */
  bill_type_str?: string;
  /** 送达日期 */
  etl_time?: string;
  /** 是否匹配 */
  order_is_matched?: string;
  /** 单据文件名 */
  upload_file_name?: string;
  /** 代理物流企业 */
  agent_user_name?: string;
  /** 代理物流企业ID */
  agent_ref_user_id?: string;
  /** 收货企业 */
  to_user_name?: string;
  /** 收货企业ID */
  to_user_id?: string;
  /** 发货企业 */
  from_user_name?: string;
  /** 发货企业ID */
  from_user_id?: string;
  /** 货主 */
  ref_user_id?: string;
  /** 药品标识 */
  drug_ent_base_info_id?: string;
  /** 单据处理日期 */
  process_date?: string;
  /** 单所处理完成时间 */
  crt_date?: string;
  /** 单据时间 */
  bill_time?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 有效期 */
  exprie_date?: string;
  /** 制剂数量 */
  remnant_count?: string;
  /** 码数量 */
  code_count?: string;
  /** produceBatchNo */
  produce_batch_no?: string;
  /** 单据号 */
  bill_code?: string;
  /** 旧单据id */
  old_bill_id?: string;
  /** billType */
  bill_type?: string;
  /** 单据id */
  bill_id?: string;
}

/** `CodeProduceInfoDto` of `alibaba.alihealth.drug.kyt.getcodebillinfo`. */
export interface AlibabaAlihealthDrugKytGetcodebillinfoCodeProduceInfoDto {
  /** 产品序列码 */
  prod_seq_no?: string;
  /** 暂无 */
  product_ref_ent_id?: string;
  /** 暂无 */
  product_ent_id?: string;
  /** 暂无 */
  product_ent_name?: string;
  /** 暂无 */
  prepn_unit_desc?: string;
  /** 制剂单位类型(详见码表) */
  prepn_unit?: Int64;
  /** 最小制剂数量，单个 */
  pkg_num?: Int64;
  /** 最小制剂数量的总数 */
  small_measure_num?: Int64;
  /** 该生产信息对应的最小包装数量 */
  small_pkg_num?: Int64;
  /** 暂无 */
  physic_info?: string;
  /** 暂无 */
  pkg_spec?: string;
  /** 药品类型 */
  physic_type?: string;
  /** 当前企业id */
  produce_ent_name?: string;
  /** 生产企业id */
  ref_ent_id?: string;
  /** 进口许可证 */
  licence_no?: string;
  /** 包装比例 */
  pkg_ratio?: string;
  /** 代理企业id */
  agent_ent_id?: string;
  /** 包装企业id */
  pack_ent_id?: string;
  /** 生产企业id */
  produce_ent_id?: string;
  /** 授权批号 */
  approval_no?: string;
  /** 授权企业id */
  authrizer_ent_id?: string;
  /** 药品商品基本信息标识 */
  drug_ent_base_info_id?: string;
  /** 当前企业id */
  curr_ent_id?: string;
  /** 有效期至 */
  exprie_date?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 生产批次号 */
  produce_batch_no?: string;
  /** 生产信息标识 */
  produce_info_id?: string;
}

/** `DrugEntBaseDto` of `alibaba.alihealth.drug.kyt.getcodebillinfo`. */
export interface AlibabaAlihealthDrugKytGetcodebillinfoDrugEntBaseDto {
  /** 制剂规格 */
  prepn_spec?: string;
  /** 剂型描述 */
  prepn_type_desc?: string;
  /** 剂型(制剂类型)(详见码表) */
  prepn_type?: Int64;
  /** 剂型描述 */
  physic_name?: string;
  /** 申请码标识:1未申请,2已申请 */
  physic_nat_code?: Int64;
  /** 药品子类编码 */
  prod_code?: string;
  /** 状态 1正常,0停用 */
  status?: string;
  /** 有效期单位(详见码表) 1:日，2：月，3：年 */
  exprie_unit?: string;
  /** 药品有效期数(月/年) */
  exprie_life?: Int64;
  /** 年赋码量 */
  ann_code_amt?: Int64;
  /** 批准文号有效期至 */
  approval_licence_expiry?: string;
  /** 批准文号发放日期 */
  approval_licence_date?: string;
  /** 批准文号类型 */
  approval_licence_type?: Int64;
  /** 批准文号 */
  approval_licence_no?: string;
  /** 药品批准文号ID(药品目录) */
  drug_approval_info_id?: string;
  /** 药品基本信息ID */
  drug_base_info_id?: string;
  /** 企业唯一标识 */
  ref_ent_id?: string;
  /** 企业药品ID */
  drug_ent_base_id?: string;
  /** 药品ID */
  drug_ent_base_info_id?: string;
  /** 药品类型(详见码表) 1：特殊药品原料药，2：特殊药品制剂，3：普通药品，9：未分类 */
  physic_type?: Int64;
  /** 药品类型描叙（普通药品） */
  physic_type_desc?: string;
  /** 药品详细类型 */
  physic_detail_type?: Int64;
  /** 制剂单位类型(详见码表) */
  prepn_unit?: Int64;
  /** 制剂单位类型描述 */
  prepn_unit_desc?: string;
  /** 是否混批 */
  code_active_product_flag_str?: string;
  /** 本位码 */
  sdc_code?: string;
  /** 企业名称 */
  ent_name?: string;
  /** 修改时间(为企业提供数据) */
  mod_date?: string;
  /** 创建时间(为企业提供数据) */
  crt_date?: string;
  /** 是否授权0未授权,1已授权 */
  authorizer_flag?: string;
  /** 修改操作证书号 */
  mod_ic_code?: string;
  /** 药品信息 */
  physic_info?: string;
  /** 商品条码13位的69码 */
  ean13_code?: string;
  /** 商品名称 */
  prod_name?: string;
  /** 包装规格常规 */
  pkg_spec_crit?: string;
  /** 包装规格 */
  pkg_spec?: string;
  /** 包装数量 */
  pkg_num?: Int64;
  /** 包装单位(详见码表) */
  pkg_unit?: Int64;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      package_level: 'Number',
      code_status_type_d_t_o: {
        curr_ent_str: 'String',
        verification_type_str: 'String',
        verification_type: 'String',
      },
      bill_in_out_d_t_o_s: [
        {
          bill_type_str: 'String',
          etl_time: 'String',
          order_is_matched: 'String',
          upload_file_name: 'String',
          agent_user_name: 'String',
          agent_ref_user_id: 'String',
          to_user_name: 'String',
          to_user_id: 'String',
          from_user_name: 'String',
          from_user_id: 'String',
          ref_user_id: 'String',
          drug_ent_base_info_id: 'String',
          process_date: 'Date',
          crt_date: 'Date',
          bill_time: 'Date',
          produce_date: 'Date',
          exprie_date: 'String',
          remnant_count: 'String',
          code_count: 'String',
          produce_batch_no: 'String',
          bill_code: 'String',
          old_bill_id: 'String',
          bill_type: 'String',
          bill_id: 'String',
        },
      ],
      code_produce_info_d_t_o: {
        prod_seq_no: 'String',
        product_ref_ent_id: 'String',
        product_ent_id: 'String',
        product_ent_name: 'String',
        prepn_unit_desc: 'String',
        prepn_unit: 'Number',
        pkg_num: 'Number',
        small_measure_num: 'Number',
        small_pkg_num: 'Number',
        physic_info: 'String',
        pkg_spec: 'String',
        physic_type: 'String',
        produce_ent_name: 'String',
        ref_ent_id: 'String',
        licence_no: 'String',
        pkg_ratio: 'String',
        agent_ent_id: 'String',
        pack_ent_id: 'String',
        produce_ent_id: 'String',
        approval_no: 'String',
        authrizer_ent_id: 'String',
        drug_ent_base_info_id: 'String',
        curr_ent_id: 'String',
        exprie_date: 'String',
        produce_date: 'Date',
        produce_batch_no: 'String',
        produce_info_id: 'String',
      },
      drug_ent_base_d_t_o: {
        prepn_spec: 'String',
        prepn_type_desc: 'String',
        prepn_type: 'Number',
        physic_name: 'String',
        physic_nat_code: 'Number',
        prod_code: 'String',
        status: 'String',
        exprie_unit: 'String',
        exprie_life: 'Number',
        ann_code_amt: 'Number',
        approval_licence_expiry: 'Date',
        approval_licence_date: 'Date',
        approval_licence_type: 'Number',
        approval_licence_no: 'String',
        drug_approval_info_id: 'String',
        drug_base_info_id: 'String',
        ref_ent_id: 'String',
        drug_ent_base_id: 'String',
        drug_ent_base_info_id: 'String',
        physic_type: 'Number',
        physic_type_desc: 'String',
        physic_detail_type: 'Number',
        prepn_unit: 'Number',
        prepn_unit_desc: 'String',
        code_active_product_flag_str: 'String',
        sdc_code: 'String',
        ent_name: 'String',
        mod_date: 'Date',
        crt_date: 'Date',
        authorizer_flag: 'String',
        mod_ic_code: 'String',
        physic_info: 'String',
        ean13_code: 'String',
        prod_name: 'String',
        pkg_spec_crit: 'String',
        pkg_spec: 'String',
        pkg_num: 'Number',
        pkg_unit: 'Number',
      },
    },
    msg_code: 'String',
    msg_info: 'String',
    response_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.getcodebillinfo`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytGetcodebillinfoOperation = {
  method: 'alibaba.alihealth.drug.kyt.getcodebillinfo',
  responseRoot: 'alibaba_alihealth_drug_kyt_getcodebillinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据码获取基本和单据信息 — calls TOP method `alibaba.alihealth.drug.kyt.getcodebillinfo`.
 *
 * 根据码信息获取基本信息和单据信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytGetcodebillinfo(
  client: TopClient,
  request: AlibabaAlihealthDrugKytGetcodebillinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytGetcodebillinfoResponse> {
  return client.call<AlibabaAlihealthDrugKytGetcodebillinfoResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.getcodebillinfo',
      responseRoot: 'alibaba_alihealth_drug_kyt_getcodebillinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
