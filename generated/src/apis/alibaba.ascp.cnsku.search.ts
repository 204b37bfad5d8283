// Generated from specs/fenxiao/alibaba.ascp.cnsku.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.cnsku.search` (供应链中台货品搜索接口). */
export interface AlibabaAscpCnskuSearchRequest {
  /** 货品搜索条件 */
  param0: AlibabaAscpCnskuSearchScItemSearchDTOInput;
}

/** Response of `alibaba.ascp.cnsku.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpCnskuSearchResponse {
  /** 返回结果 */
  result?: AlibabaAscpCnskuSearchCnskuResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScItemSearchDTO` of `alibaba.ascp.cnsku.search`. */
export interface AlibabaAscpCnskuSearchScItemSearchDTOInput {
  /** 分页大小 */
  page_size?: Int64Input;
  /** 剔除的货品类型 */
  non_sc_item_type_list?: string[];
  /** 货品名称 */
  sc_item_name?: string;
  /** 标记位，3表示后端商品 */
  item_dim?: Int64Input;
  /** 货品状态，0 正常 */
  sc_item_status?: Int64Input;
  /** 货品不包含的特征 */
  non_feature_condition?: string | Record<string, unknown>;
  /** 货品类型 */
  sc_item_type_list?: string[];
  /** 品牌名称 */
  brand_name?: string;
  /** 货品编码列表 */
  outer_id_list?: string[];
  /** 货品编码 */
  sc_item_code?: string;
  /** 条形码列表 */
  whc_bar_code_list?: string[];
  /** 货品ID */
  sc_item_id?: Int64Input;
  /** 货品包含的特征 */
  feature_condition?: string | Record<string, unknown>;
  /** 商家类目ID列表 */
  merchant_category_id_list?: Int64Input[];
  /** 条形码 */
  whc_barcode?: string;
  /** 标签 */
  auction_tags?: string[];
  /** 货品ID列表 */
  sc_item_id_list?: Int64Input[];
  /** 页码 */
  current_page?: Int64Input;
  /** 市场类目ID */
  category_id?: Int64Input;
}

/** `CnskuResult` of `alibaba.ascp.cnsku.search`. */
export interface AlibabaAscpCnskuSearchCnskuResult {
  /** 对应货品信息 */
  data?: AlibabaAscpCnskuSearchCnskuDTO[];
  /** 页码 */
  page_index?: Int64;
  /** 总个数 */
  total_num?: Int64;
  /** 是否系统异常 */
  is_system_failed?: boolean;
  /** 异常信息Code */
  sys_error_code?: string;
  /** 分页大小 */
  page_size?: Int64;
  /** 是否成功 */
  is_success?: boolean;
  /** 异常信息 */
  error_m_s_g?: string;
}

/** `CnskuDTO` of `alibaba.ascp.cnsku.search`. */
export interface AlibabaAscpCnskuSearchCnskuDTO {
  /** 货品id */
  cnsku_id?: Int64;
  /** 商品编码 */
  item_code?: string;
  /** 品牌 */
  brand?: string;
  /** 货主id */
  owner_id?: Int64;
  /** 前端skuId */
  sku_id?: Int64;
  /** 高度 */
  height?: Int64;
  /** 货品分类 */
  sku_category?: Int64;
  /** 重量 */
  weight?: Int64;
  /** 体积 */
  volume?: Int64;
  /** 吊牌价 */
  reserve_price?: Int64;
  /** 条形码( 格式如：条码1#条码2#条码3，多条码中间用 # 分隔) */
  whc_bar_code?: string;
  /** 商品标题 */
  title?: string;
  /** 包装材料 */
  package_material?: string;
  /** 长度 */
  length?: Int64;
  /** 宽度 */
  width?: Int64;
  /** 淘系叶子类目id */
  category_id?: Int64;
  /** 货品类型 */
  type?: string;
  /** 扩展字段 */
  cnsku_extend_d_t_o?: AlibabaAscpCnskuSearchCnskuExtendDTO;
  /** feature标签 */
  cnsku_feature_d_t_o?: AlibabaAscpCnskuSearchCnskuFeatureDTO;
  /** 扩展属性 */
  feature_map?: string | Record<string, unknown>;
  /** 商品状态 */
  status?: Int64;
}

/** `CnskuExtendDTO` of `alibaba.ascp.cnsku.search`. */
export interface AlibabaAscpCnskuSearchCnskuExtendDTO {
  /** 主要成分 */
  main_composition?: string;
  /** 配送要求（1：顺丰优先配） */
  deliver_requirements?: string;
  /** 是否进口 */
  is_imported?: boolean;
  /** 运输单元宽 */
  trans_width?: Int64;
  /** 包装单位 */
  package_unit?: string;
  /** 温度标识 1:常温 2:5°C-12°C 3:0°C-4°C 4:-18°C-0°C */
  temperature_requirement?: string;
  /** 运输单元长 */
  trans_length?: Int64;
  /** 是否包含电池(默认无电池) 1:无电池, 2:内置电池, 3:外置电池 */
  include_battery?: string;
  /** 商品使用的包材材质 */
  package_material_class?: string;
  /** 3w货品分类属性（大电用）空调属性，内外机 */
  type_property?: string;
  /** 生产厂家 */
  manufacturer?: string;
  /** 内长 */
  inner_length?: Int64;
  /** 运输单元体积照片 */
  trans_image_url?: string;
  /** 承重 */
  load_bearing?: Int64;
  /** 是否贵品 */
  is_precious?: boolean;
  /** 货品图片 */
  pic_url?: string;
  /** 是否生产批号管理 */
  is_produce_code_mgt?: boolean;
  /** 是否监管 */
  is_drugs?: boolean;
  /** 原产国 */
  brand_country?: string;
  /** 币种 */
  currency?: string;
  /** 产地 */
  producing_area?: string;
  /** 运输单元高 */
  trans_height?: Int64;
  /** 运输单元体积 */
  trans_volume?: Int64;
  /** 内高 */
  inner_height?: Int64;
  /** 运输单元重量 */
  trans_weight?: Int64;
  /** 包材类型 1:空白箱 2：菜鸟联盟包材 */
  material_type?: Int64;
  /** 商品使用的包材范围 1：商家包材 2：CP包材 */
  package_material_mode?: Int64;
  /** 存储分类 */
  classification?: string;
  /** 税收分类编码 */
  tax_code?: string;
  /** 大电barCode */
  www_bar_code?: string;
  /** 税率 */
  tax_rate?: string;
  /** 内宽 */
  inner_width?: Int64;
  /** 剂型 */
  dosage_forms?: string;
}

/** `CnskuFeatureDTO` of `alibaba.ascp.cnsku.search`. */
export interface AlibabaAscpCnskuSearchCnskuFeatureDTO {
  /** 产地 */
  origin_address?: string;
  /** 零售价 */
  sku_price?: Int64;
  /** 有效期天数 */
  lifecycle?: Int64;
  /** 是否贵品 */
  is_precious?: boolean;
  /** 是否规范运输单元 */
  is_standard_carton?: boolean;
  /** 服务产品标 */
  gray_flag?: string;
  /** 商品类目 */
  whc_category?: string;
  /** sn出库管理 */
  whc_sn_out_mode?: boolean;
  /** 是否危险品 */
  is_danger?: boolean;
  /** 净重 */
  net_weight?: Int64;
  /** 计量单位 */
  unit?: string;
  /** 尺寸 */
  size?: string;
  /** 包材分组 */
  material_group?: string;
  /** 保质期禁收天数 */
  reject_lifecycle?: Int64;
  /** sn入库管理 */
  whc_sn_in_mode?: boolean;
  /** 商家商品编码 */
  sku_code?: string;
  /** 是否统一全仓数据-销售单元 */
  is_unified_all_wh?: boolean;
  /** 保质期禁售天数 */
  lockup_lifecycle?: Int64;
  /** 是否启用序列号（sn）管理 */
  is_sn_mgt?: boolean;
  /** 保质期临期天数 */
  advent_lifecycle?: Int64;
  /** 是否统一全仓数据-运输单元 */
  is_unified_all_wh_carton?: boolean;
  /** 对应货值 单位元 小数点后保留2位 */
  goods_value?: string;
  /** 是否需要测量图片-运输单元 */
  need_measure_image_carton?: boolean;
  /** 是否Po管理 */
  is_po_mgt?: boolean;
  /** 是否启用标识 */
  use_yn?: boolean;
  /** 货号 */
  goods_no?: string;
  /** 箱规 */
  pcs?: Int64;
  /** 包材分类 */
  material_class?: string;
  /** 成本价 */
  cost_price?: Int64;
  /** 规格 */
  specification?: string;
  /** 规格类型，20：大件；10：中小件 */
  specification_type?: string;
  /** 包装方式：1 原箱发货 */
  packaging_scheme?: string;
  /** 产品编码 */
  cn_product_code?: string;
  /** 批准文号 */
  approval_number?: string;
  /** SN管理模式 */
  sn_mode?: string;
  /** 是否易碎品 */
  is_hygroscopic?: boolean;
  /** 容积 */
  cn_cubage?: string;
  /** 是否规范销售单元 */
  is_standard?: boolean;
  /** 是否启用批次管理标识 */
  is_batch_mgt?: boolean;
  /** 是否效期管理 */
  is_shelflife?: boolean;
  /** 是否需要测量图片-销售单元 */
  need_measure_image?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    page_size: 'Number',
    non_sc_item_type_list: ['String'],
    sc_item_name: 'String',
    item_dim: 'Number',
    sc_item_status: 'Number',
    non_feature_condition: 'Json',
    sc_item_type_list: ['String'],
    brand_name: 'String',
    outer_id_list: ['String'],
    sc_item_code: 'String',
    whc_bar_code_list: ['String'],
    sc_item_id: 'Number',
    feature_condition: 'Json',
    merchant_category_id_list: ['Number'],
    whc_barcode: 'String',
    auction_tags: ['String'],
    sc_item_id_list: ['Number'],
    current_page: 'Number',
    category_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        cnsku_id: 'Number',
        item_code: 'String',
        brand: 'String',
        owner_id: 'Number',
        sku_id: 'Number',
        height: 'Number',
        sku_category: 'Number',
        weight: 'Number',
        volume: 'Number',
        reserve_price: 'Number',
        whc_bar_code: 'String',
        title: 'String',
        package_material: 'String',
        length: 'Number',
        width: 'Number',
        category_id: 'Number',
        type: 'String',
        cnsku_extend_d_t_o: {
          main_composition: 'String',
          deliver_requirements: 'String',
          is_imported: 'Boolean',
          trans_width: 'Number',
          package_unit: 'String',
          temperature_requirement: 'String',
          trans_length: 'Number',
          include_battery: 'String',
          package_material_class: 'String',
          type_property: 'String',
          manufacturer: 'String',
          inner_length: 'Number',
          trans_image_url: 'String',
          load_bearing: 'Number',
          is_precious: 'Boolean',
          pic_url: 'String',
          is_produce_code_mgt: 'Boolean',
          is_drugs: 'Boolean',
          brand_country: 'String',
          currency: 'String',
          producing_area: 'String',
          trans_height: 'Number',
          trans_volume: 'Number',
          inner_height: 'Number',
          trans_weight: 'Number',
          material_type: 'Number',
          package_material_mode: 'Number',
          classification: 'String',
          tax_code: 'String',
          www_bar_code: 'String',
          tax_rate: 'String',
          inner_width: 'Number',
          dosage_forms: 'String',
        },
        cnsku_feature_d_t_o: {
          origin_address: 'String',
          sku_price: 'Number',
          lifecycle: 'Number',
          is_precious: 'Boolean',
          is_standard_carton: 'Boolean',
          gray_flag: 'String',
          whc_category: 'String',
          whc_sn_out_mode: 'Boolean',
          is_danger: 'Boolean',
          net_weight: 'Number',
          unit: 'String',
          size: 'String',
          material_group: 'String',
          reject_lifecycle: 'Number',
          whc_sn_in_mode: 'Boolean',
          sku_code: 'String',
          is_unified_all_wh: 'Boolean',
          lockup_lifecycle: 'Number',
          is_sn_mgt: 'Boolean',
          advent_lifecycle: 'Number',
          is_unified_all_wh_carton: 'Boolean',
          goods_value: 'String',
          need_measure_image_carton: 'Boolean',
          is_po_mgt: 'Boolean',
          use_yn: 'Boolean',
          goods_no: 'String',
          pcs: 'Number',
          material_class: 'String',
          cost_price: 'Number',
          specification: 'String',
          specification_type: 'String',
          packaging_scheme: 'String',
          cn_product_code: 'String',
          approval_number: 'String',
          sn_mode: 'String',
          is_hygroscopic: 'Boolean',
          cn_cubage: 'String',
          is_standard: 'Boolean',
          is_batch_mgt: 'Boolean',
          is_shelflife: 'Boolean',
          need_measure_image: 'Boolean',
        },
        feature_map: 'Json',
        status: 'Number',
      },
    ],
    page_index: 'Number',
    total_num: 'Number',
    is_system_failed: 'Boolean',
    sys_error_code: 'String',
    page_size: 'Number',
    is_success: 'Boolean',
    error_m_s_g: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.cnsku.search`: method, response root, request and response schemas. */
export const alibabaAscpCnskuSearchOperation = {
  method: 'alibaba.ascp.cnsku.search',
  responseRoot: 'alibaba_ascp_cnsku_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链中台货品搜索接口 — calls TOP method `alibaba.ascp.cnsku.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpCnskuSearch(
  client: TopClient,
  request: AlibabaAscpCnskuSearchRequest,
  options?: CallOptions,
): Promise<AlibabaAscpCnskuSearchResponse> {
  return client.call<AlibabaAscpCnskuSearchResponse>(
    {
      method: 'alibaba.ascp.cnsku.search',
      responseRoot: 'alibaba_ascp_cnsku_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
