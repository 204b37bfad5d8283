// Generated from specs/fenxiao/taobao.kaola.scitem.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.kaola.scitem.add` (考拉货品新增接口). */
export interface TaobaoKaolaScitemAddRequest {
  /** 待新增的货品 */
  cnsku?: TaobaoKaolaScitemAddCnskuDtoInput;
  /** 新增选项 */
  option: TaobaoKaolaScitemAddAddCnskuOptionInput;
}

/** Response of `taobao.kaola.scitem.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKaolaScitemAddResponse {
  /** 异常信息 */
  error_messages?: string[];
  /** 货品id */
  data?: Int64;
  /** 是否成功 */
  is_success?: boolean;
  /** 是否系统异常 */
  is_system_failed?: boolean;
  /** 异常信息Code */
  sys_error_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CnskuDto` of `taobao.kaola.scitem.add`. */
export interface TaobaoKaolaScitemAddCnskuDtoInput {
  /** 商品编码 */
  item_code: string;
  /** 货主id */
  owner_id: Int64Input;
  /** 品牌 */
  brand?: string;
  /** 前端skuId */
  sku_id?: Int64Input;
  /** 高度 */
  height?: Int64Input;
  /** 货品分类 */
  sku_category?: Int64Input;
  /** 重量 */
  weight: Int64Input;
  /** 版本号 */
  version?: Int64Input;
  /** 体积 */
  volume?: Int64Input;
  /** 吊牌价 */
  reserve_price?: Int64Input;
  /** 条形码( 格式如：条码1#条码2#条码3，多条码中间用 # 分隔) */
  whc_bar_code: string;
  /** 商品标题 */
  title: string;
  /** 包装材料 */
  package_material?: string;
  /** 扩展字段 */
  cnsku_extend_d_t_o?: TaobaoKaolaScitemAddCnskuExtendDtoInput;
  /** feature标签 */
  cnsku_feature_d_t_o?: TaobaoKaolaScitemAddCnskuFeatureDtoInput;
  /** 长度 */
  length?: Int64Input;
  /** 宽度 */
  width?: Int64Input;
  /** 淘系叶子类目id */
  category_id?: Int64Input;
  /** 新增或更新的feature项 */
  update_feature_map?: string;
}

/** `CnskuExtendDto` of `taobao.kaola.scitem.add`. */
export interface TaobaoKaolaScitemAddCnskuExtendDtoInput {
  /** 主要成分 */
  main_composition?: string;
  /** 是否进口 */
  is_imported?: boolean;
  /** 运输单元宽 */
  trans_width?: Int64Input;
  /** 包装单位 */
  package_unit?: string;
  /** 温度标识 1:常温 2:5°C-12°C 3:0°C-4°C 4:-18°C-0°C */
  temperature_requirement?: string;
  /** 运输单元长 */
  trans_length?: Int64Input;
  /** 是否包含电池(默认无电池) 1:无电池, 2:内置电池, 3:外置电池 */
  include_battery?: string;
  /** 商品使用的包材材质 */
  package_material_class?: string;
  /** 3w货品分类属性（大电用）空调属性，内外机 */
  type_property?: string;
  /** 生产厂家 */
  manufacturer?: string;
  /** 内长 */
  inner_length?: Int64Input;
  /** 运输单元体积照片 */
  trans_image_url?: string;
  /** 承重 */
  load_bearing?: Int64Input;
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
  trans_height?: Int64Input;
  /** 运输单元体积 */
  trans_volume?: Int64Input;
  /** 内高 */
  inner_height?: Int64Input;
  /** 备案链接 */
  record_url?: string;
  /** 运输单元重量 */
  trans_weight?: Int64Input;
  /** 包材类型 1:空白箱 2：菜鸟联盟包材 */
  material_type?: Int64Input;
  /** 商品使用的包材范围 1：商家包材 2：CP包材 */
  package_material_mode?: Int64Input;
  /** 存储分类 */
  classification?: string;
  /** 税收分类编码 */
  tax_code?: string;
  /** 大电barCode */
  www_bar_code?: string;
  /** 税率标示 */
  tax_rate?: string;
  /** 内宽 */
  inner_width?: Int64Input;
  /** 剂型 */
  dosage_forms?: string;
}

/** `CnskuFeatureDto` of `taobao.kaola.scitem.add`. */
export interface TaobaoKaolaScitemAddCnskuFeatureDtoInput {
  /** 产地 */
  origin_address?: string;
  /** 零售价 */
  sku_price?: Int64Input;
  /** 有效期天数 */
  lifecycle?: Int64Input;
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
  net_weight?: Int64Input;
  /** 计量单位 */
  unit?: string;
  /** 尺寸 */
  size?: string;
  /** 包材分组 */
  material_group?: string;
  /** 保质期禁收天数 */
  reject_lifecycle?: Int64Input;
  /** sn入库管理 */
  whc_sn_in_mode?: boolean;
  /** 商家商品编码 */
  sku_code?: string;
  /** 是否统一全仓数据-销售单元 */
  is_unified_all_wh?: boolean;
  /** 保质期禁售天数 */
  lockup_lifecycle?: Int64Input;
  /** 商品名称 */
  whc_name?: string;
  /** 保质期临期天数 */
  advent_lifecycle?: Int64Input;
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
  pcs?: Int64Input;
  /** 包材分类 */
  material_class?: string;
  /** 成本价 */
  cost_price?: Int64Input;
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

/** `AddCnskuOption` of `taobao.kaola.scitem.add`. */
export interface TaobaoKaolaScitemAddAddCnskuOptionInput {
  /** 是否同步到wms, 为空时默认下发 */
  sync_wms?: boolean;
}

const REQUEST_SCHEMA = {
  cnsku: {
    item_code: 'String',
    owner_id: 'Number',
    brand: 'String',
    sku_id: 'Number',
    height: 'Number',
    sku_category: 'Number',
    weight: 'Number',
    version: 'Number',
    volume: 'Number',
    reserve_price: 'Number',
    whc_bar_code: 'String',
    title: 'String',
    package_material: 'String',
    cnsku_extend_d_t_o: {
      main_composition: 'String',
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
      pic_url: 'String',
      is_produce_code_mgt: 'Boolean',
      is_drugs: 'Boolean',
      brand_country: 'String',
      currency: 'String',
      producing_area: 'String',
      trans_height: 'Number',
      trans_volume: 'Number',
      inner_height: 'Number',
      record_url: 'String',
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
      whc_name: 'String',
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
      is_hygroscopic: 'Boolean',
      cn_cubage: 'String',
      is_standard: 'Boolean',
      is_batch_mgt: 'Boolean',
      is_shelflife: 'Boolean',
      need_measure_image: 'Boolean',
    },
    length: 'Number',
    width: 'Number',
    category_id: 'Number',
    update_feature_map: 'String',
  },
  option: {
    sync_wms: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_messages: ['String'],
  data: 'Number',
  is_success: 'Boolean',
  is_system_failed: 'Boolean',
  sys_error_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.kaola.scitem.add`: method, response root, request and response schemas. */
export const taobaoKaolaScitemAddOperation = {
  method: 'taobao.kaola.scitem.add',
  responseRoot: 'kaola_scitem_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 考拉货品新增接口 — calls TOP method `taobao.kaola.scitem.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKaolaScitemAdd(
  client: TopClient,
  request: TaobaoKaolaScitemAddRequest,
  options?: CallOptions,
): Promise<TaobaoKaolaScitemAddResponse> {
  return client.call<TaobaoKaolaScitemAddResponse>(
    {
      method: 'taobao.kaola.scitem.add',
      responseRoot: 'kaola_scitem_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
