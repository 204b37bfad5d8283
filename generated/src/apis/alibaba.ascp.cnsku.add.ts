// Generated from specs/fenxiao/alibaba.ascp.cnsku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.cnsku.add` (货品创建). */
export interface AlibabaAscpCnskuAddRequest {
  /** 待新增的货品 */
  cnsku_dto?: AlibabaAscpCnskuAddCnskuDTOInput;
  /** 选项 */
  option?: AlibabaAscpCnskuAddAddCnskuOptionInput;
}

/** Response of `alibaba.ascp.cnsku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpCnskuAddResponse {
  /** 异常信息 */
  error_messages?: string[];
  /** 货品id */
  data?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 是否系统异常 */
  is_system_failed?: boolean;
  /** 异常信息Code */
  sys_error_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CnskuDTO` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddCnskuDTOInput {
  /** 需要向featureMap中增加的属性列表（新增&更新接口使用） */
  update_feature_map?: string;
  /** 货品编码 */
  item_code: string;
  /** 货品类型，NORMAL / COMBINE / SUITEGOODS */
  type: string;
  /** 组合货品 */
  comb_relation_d_t_o_list?: AlibabaAscpCnskuAddCnskuRelationDTOInput[];
  /** 货品高度 */
  height?: Int64Input;
  /** 货品重量 */
  weight: Int64Input;
  /** 吊牌价 */
  reserve_price?: Int64Input;
  /** 条形码( 格式如：条码1#条码2#条码3，多条码中间用 # 分隔) */
  whc_bar_code?: string;
  /** 货品标题 */
  title: string;
  /** 扩展字段 */
  cnsku_extend_d_t_o?: AlibabaAscpCnskuAddCnskuExtendDTOInput;
  /** feature字段 */
  cnsku_feature_d_t_o?: AlibabaAscpCnskuAddCnskuFeatureDTOInput;
  /** 长度 */
  length?: Int64Input;
  /** 宽度 */
  width?: Int64Input;
  /** 市场叶子类目id */
  category_id?: Int64Input;
  /** 套装货品关系列表 */
  suite_goods_relation_list?: AlibabaAscpCnskuAddCnskuSuiteGoodsRelationDTOInput[];
}

/** `CnskuRelationDTO` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddCnskuRelationDTOInput {
  /** 组合货品type:8 */
  relation_type?: Int64Input;
  /** 货主Id */
  target_user_id?: Int64Input;
  /** r_quantity:2 代表数量 */
  type_attr_map?: string;
  /** 组合货品子品Id */
  target_item_id?: Int64Input;
  /** 组合货品主品Id，创建主品后自动填充 */
  item_id?: Int64Input;
  /** 状态 */
  status?: Int64Input;
}

/** `CnskuExtendDTO` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddCnskuExtendDTOInput {
  /** 配送要求（1：顺丰优先配） */
  deliver_requirements?: string;
  /** 温度标识 1:常温 2:5°C-12°C 3:0°C-4°C 4:-18°C-0°C */
  temperature_requirement?: string;
  /** 货品图片 */
  pic_url?: string;
  /** 是否生产批号管理 */
  is_produce_code_mgt?: boolean;
  /** 最大列表长度：20 */
  cnsku_sn_sample_d_t_o_list?: AlibabaAscpCnskuAddCnskuSnSampleDTOInput[];
  /** 存储分类 */
  classification?: string;
  /** 税收分类编码 */
  tax_code?: string;
  /** 税率标示 */
  tax_rate?: string;
  /** 是否进口 */
  is_imported?: boolean;
  /** 运输单元宽 */
  trans_width?: Int64Input;
  /** 运输单元长 */
  trans_length?: Int64Input;
  /** 是否包含电池(默认无电池) 1:无电池, 2:内置电池, 3:外置电池 */
  include_battery?: string;
  /** 生产企业名称 */
  manufacturer?: string;
  /** 运输单元体积照片 */
  trans_image_url?: string;
  /** 是否监管 */
  is_drugs?: boolean;
  /** 原产国 */
  brand_country?: string;
  /** 币种 */
  currency?: string;
  /** 产地 */
  producing_area?: string;
  /** 运输单元高 */
  trans_height?: Int64Input;
  /** 运输单元体积 */
  trans_volume?: Int64Input;
  /** 备案链接 */
  record_url?: string;
  /** 运输单元重量 */
  trans_weight?: Int64Input;
}

/** `CnskuSnSampleDTO` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddCnskuSnSampleDTOInput {
  /** sn示例顺序 */
  sn_seq?: string;
  /** SN示例 */
  sample_rule_list?: AlibabaAscpCnskuAddCnskuSnSampleRuleDTOInput[];
  /** sn示例顺序 */
  sample_desc?: string;
}

/** `CnskuSnSampleRuleDTO` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddCnskuSnSampleRuleDTOInput {
  /** 规则正则表达式 */
  rule_regular_expression?: string;
  /** SN截取结束位置 */
  sn_mgt_sub_end?: Int64Input;
  /** 规则描述 */
  rule_desc?: string;
  /** SN截取开始位置 */
  sn_mgt_sub_start?: Int64Input;
  /** 规则对应图面urlurl */
  rule_img_url?: string;
  /** SN是否需要截取 */
  is_sn_mgt_sub?: boolean;
  /** SN截取正则表达式 */
  sn_mgt_sub_expression?: string;
  /** 规则示例 */
  rule_sample?: string;
}

/** `CnskuFeatureDTO` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddCnskuFeatureDTOInput {
  /** 有效期天数 */
  lifecycle?: Int64Input;
  /** 是否贵品 */
  is_precious?: boolean;
  /** 是否规范运输单元 */
  is_standard_carton?: boolean;
  /** 认证数据标 */
  gray_flag?: string;
  /** 物流类目 */
  whc_category?: string;
  /** 是否危险品 */
  is_danger?: boolean;
  /** 净重 */
  net_weight?: Int64Input;
  /** 计量单位 */
  unit?: string;
  /** 保质期禁收天数 */
  reject_lifecycle?: Int64Input;
  /** 保质期禁售天数 */
  lockup_lifecycle?: Int64Input;
  /** 是否启用序列号（sn）管理 */
  is_sn_mgt?: boolean;
  /** 保质期临期天数 */
  advent_lifecycle?: Int64Input;
  /** 对应货值 单位元 小数点后保留2位 */
  goods_value?: string;
  /** 是否Po管理 */
  is_po_mgt?: boolean;
  /** 货号 */
  goods_no?: string;
  /** 箱规 */
  pcs?: Int64Input;
  /** 规格 */
  specification?: string;
  /** SN管理模式 */
  sn_mode?: string;
  /** 是否易碎品 */
  is_hygroscopic?: boolean;
  /** 是否规范销售单元 */
  is_standard?: boolean;
  /** 是否批次管理 */
  is_batch_mgt?: boolean;
  /** 是否效期管理 */
  is_shelflife?: boolean;
}

/** `CnskuSuiteGoodsRelationDTO` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddCnskuSuiteGoodsRelationDTOInput {
  /** 主品Id，创建可不填 */
  belong_suite_good_id?: Int64Input;
  /** 单子品数量，要求>0 */
  amount?: Int64Input;
  /** 成分子品Id */
  goods_id?: Int64Input;
  /** 真实货值 */
  goods_value?: string;
}

/** `AddCnskuOption` of `alibaba.ascp.cnsku.add`. */
export interface AlibabaAscpCnskuAddAddCnskuOptionInput {
  /** 是否同步到wms, 为空时默认下发 */
  sync_wms?: boolean;
}

const REQUEST_SCHEMA = {
  cnsku_dto: {
    update_feature_map: 'String',
    item_code: 'String',
    type: 'String',
    comb_relation_d_t_o_list: [
      {
        relation_type: 'Number',
        target_user_id: 'Number',
        type_attr_map: 'String',
        target_item_id: 'Number',
        item_id: 'Number',
        status: 'Number',
      },
    ],
    height: 'Number',
    weight: 'Number',
    reserve_price: 'Number',
    whc_bar_code: 'String',
    title: 'String',
    cnsku_extend_d_t_o: {
      deliver_requirements: 'String',
      temperature_requirement: 'String',
      pic_url: 'String',
      is_produce_code_mgt: 'Boolean',
      cnsku_sn_sample_d_t_o_list: [
        {
          sn_seq: 'String',
          sample_rule_list: [
            {
              rule_regular_expression: 'String',
              sn_mgt_sub_end: 'Number',
              rule_desc: 'String',
              sn_mgt_sub_start: 'Number',
              rule_img_url: 'String',
              is_sn_mgt_sub: 'Boolean',
              sn_mgt_sub_expression: 'String',
              rule_sample: 'String',
            },
          ],
          sample_desc: 'String',
        },
      ],
      classification: 'String',
      tax_code: 'String',
      tax_rate: 'String',
      is_imported: 'Boolean',
      trans_width: 'Number',
      trans_length: 'Number',
      include_battery: 'String',
      manufacturer: 'String',
      trans_image_url: 'String',
      is_drugs: 'Boolean',
      brand_country: 'String',
      currency: 'String',
      producing_area: 'String',
      trans_height: 'Number',
      trans_volume: 'Number',
      record_url: 'String',
      trans_weight: 'Number',
    },
    cnsku_feature_d_t_o: {
      lifecycle: 'Number',
      is_precious: 'Boolean',
      is_standard_carton: 'Boolean',
      gray_flag: 'String',
      whc_category: 'String',
      is_danger: 'Boolean',
      net_weight: 'Number',
      unit: 'String',
      reject_lifecycle: 'Number',
      lockup_lifecycle: 'Number',
      is_sn_mgt: 'Boolean',
      advent_lifecycle: 'Number',
      goods_value: 'String',
      is_po_mgt: 'Boolean',
      goods_no: 'String',
      pcs: 'Number',
      specification: 'String',
      sn_mode: 'String',
      is_hygroscopic: 'Boolean',
      is_standard: 'Boolean',
      is_batch_mgt: 'Boolean',
      is_shelflife: 'Boolean',
    },
    length: 'Number',
    width: 'Number',
    category_id: 'Number',
    suite_goods_relation_list: [
      {
        belong_suite_good_id: 'Number',
        amount: 'Number',
        goods_id: 'Number',
        goods_value: 'String',
      },
    ],
  },
  option: {
    sync_wms: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_messages: ['String'],
  data: 'String',
  is_success: 'Boolean',
  is_system_failed: 'Boolean',
  sys_error_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.cnsku.add`: method, response root, request and response schemas. */
export const alibabaAscpCnskuAddOperation = {
  method: 'alibaba.ascp.cnsku.add',
  responseRoot: 'alibaba_ascp_cnsku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 货品创建 — calls TOP method `alibaba.ascp.cnsku.add`.
 *
 * 供应链中台货品创建接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpCnskuAdd(
  client: TopClient,
  request: AlibabaAscpCnskuAddRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpCnskuAddResponse> {
  return client.call<AlibabaAscpCnskuAddResponse>(
    {
      method: 'alibaba.ascp.cnsku.add',
      responseRoot: 'alibaba_ascp_cnsku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
